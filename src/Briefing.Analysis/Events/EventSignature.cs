namespace Briefing.Analysis.Events;

/// <summary>
/// What the merger compares: type, date, the actors' gazetteer keys, and (for agreements and legislation)
/// the kind of instrument ("memorandum", "declaration", "waiver"…). The web app builds one from a stored event.
/// </summary>
public sealed record EventSignature(EventType Type, PartialDate Date, IReadOnlyCollection<string> ActorKeys, string? Instrument = null)
{
    /// <summary>The signature of an extracted event.</summary>
    public static EventSignature Of(ExtractedEvent e) =>
        new(e.Type, e.Date, e.Actors.Select(a => a.Key).ToHashSet(StringComparer.Ordinal), Instruments.Of(e));
}
