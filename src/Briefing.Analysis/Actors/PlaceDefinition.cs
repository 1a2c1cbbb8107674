namespace Briefing.Analysis.Actors;

/// <summary>A city or venue that can be an event's place without being an actor (capitals come from the states).</summary>
public sealed record PlaceDefinition(string NameEn, IReadOnlyList<string> Aliases);

/// <summary>Seed places beyond state capitals.</summary>
public static class SeedPlaces
{
    public static IReadOnlyList<PlaceDefinition> All { get; } =
    [
        new("Tel Aviv", ["Tel Aviv", "תל אביב", "ת\"א"]),
        new("Vienna", ["Vienna", "וינה"]),
        new("New York", ["New York", "ניו יורק"]),
        new("Geneva", ["Geneva", "ז'נבה"]),
        new("Brussels", ["Brussels", "בריסל"]),
        new("Doha", ["Doha", "דוחה"]),
        new("Cairo", ["Cairo", "קהיר"]),
        new("Istanbul", ["Istanbul", "איסטנבול"]),
        new("Munich", ["Munich", "מינכן"]),
        new("Davos", ["Davos", "דאבוס"]),
        new("Haifa", ["Haifa", "חיפה"]),
        new("Nakhchivan", ["Nakhchivan", "נחצ'יבן"]),
        new("Washington", ["Oval Office"]),
    ];
}
