namespace Briefing.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource(.he).resx, generated from Resources/strings.tsv.</summary>
public sealed class SharedResource;
