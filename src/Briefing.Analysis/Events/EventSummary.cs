using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>One plain English sentence from the event's type and actors; it claims nothing the extraction did not find.</summary>
internal static class EventSummary
{
    // instrument: for agreements and legislation, "memorandum", "declaration", "waiver"… when the quote names one.
    public static string Write(EventType type, IReadOnlyList<EventActor> actors, string? place, RecommendationDetail? recommendation,
        string trigger, string? legalReference, string? instrument = null)
    {
        var persons = actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.NameEn).ToList();
        var people = actors.Where(a => a.Kind != ActorKind.State).Select(a => a.NameEn).ToList();
        var states = actors.Where(a => a.Kind == ActorKind.State).Select(a => a.NameEn).ToList();
        var principal = people.Count > 0 ? people : states;
        var names = Join(principal);
        var at = place is null ? "" : $" in {place}";
        return type switch
        {
            EventType.Meeting => persons.Count >= 2
                ? $"{persons[0]} met {Join(persons.Skip(1).ToList())}{at}."
                : $"Meeting involving {names}{at}.",
            EventType.Visit => $"Visit by {names}{at}.",
            EventType.Statement => $"Statement by {names}{at}.",
            EventType.Recommendation => Recommendation(recommendation, names),
            EventType.Legislation => $"{legalReference ?? "Legislation"}: {instrument ?? trigger} — {names}{at}.",
            _ => $"Agreement ({instrument ?? trigger}) between {names}{at}.",
        };
    }

    /// <summary>The law named at the head of a legislation summary ("סעיף 907"), to keep it when actors are added.</summary>
    public static string? LegalReferenceOf(ExtractedEvent e)
    {
        if (e.Type != EventType.Legislation)
            return null;
        var colon = e.Summary.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !e.Summary.StartsWith("Legislation:", StringComparison.Ordinal) ? e.Summary[..colon] : null;
    }

    private static string Recommendation(RecommendationDetail? detail, string names)
    {
        if (detail is null)
            return $"Recommendation involving {names}.";
        var by = detail.Recommenders.Count > 0 ? $" by {Join(detail.Recommenders.Select(a => a.NameEn).ToList())}" : "";
        var to = detail.Addressees.Count > 0 ? $" to {Join(detail.Addressees.Select(a => a.NameEn).ToList())}" : "";
        if (by.Length == 0 && to.Length == 0)
            by = $" involving {names}";
        var what = detail.What.Length > 0 ? $": {detail.What}" : "";
        return $"Recommendation{by}{to}{what}";
    }

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "unnamed parties",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
