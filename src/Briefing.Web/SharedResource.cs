namespace Briefing.Web;

/// <summary>Marker for the UI strings in Resources/Strings/*.tsv (see TsvStringLocalizer).</summary>
public sealed class SharedResource;
