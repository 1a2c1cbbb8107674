using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>One plain English sentence from the event's type and actors; it claims nothing the extraction did not find.</summary>
internal static class EventSummary
{
    public static string Write(EventType type, IReadOnlyList<EventActor> actors, string? place, RecommendationDetail? recommendation,
        string trigger, string? legalReference)
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
            EventType.Legislation => legalReference is null
                ? $"Legal step involving {Join(actors.Select(a => a.NameEn).ToList())}{at}."
                : $"{legalReference}: legal step involving {Join(actors.Select(a => a.NameEn).ToList())}.",
            _ => $"Agreement ({trigger}) involving {names}{at}.",
        };
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
