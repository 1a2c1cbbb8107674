namespace Briefing.Analysis.Actors;

/// <summary>A city or venue that can be an event's place without being an actor (capitals come from the states).</summary>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="Aliases">Hebrew and English spellings.</param>
/// <param name="StateKey">Gazetteer key of the state it lies in (tells a trip abroad from an event at home).</param>
public sealed record PlaceDefinition(string NameEn, IReadOnlyList<string> Aliases, string? StateKey = null);

/// <summary>Seed places beyond state capitals.</summary>
public static class SeedPlaces
{
    public static IReadOnlyList<PlaceDefinition> All { get; } =
    [
        new("Tel Aviv", ["Tel Aviv", "תל אביב", "ת\"א"], "israel"),
        new("Vienna", ["Vienna", "וינה"]),
        new("New York", ["New York", "ניו יורק"], "united-states"),
        new("Geneva", ["Geneva", "ז'נבה"]),
        new("Brussels", ["Brussels", "בריסל"]),
        new("Doha", ["Doha", "דוחה"]),
        new("Cairo", ["Cairo", "קהיר"]),
        new("Istanbul", ["Istanbul", "איסטנבול"], "turkey"),
        new("Munich", ["Munich", "מינכן"], "germany"),
        new("Davos", ["Davos", "דאבוס"]),
        new("Haifa", ["Haifa", "חיפה"], "israel"),
        new("Nakhchivan", ["Nakhchivan", "נחצ'יבן"], "azerbaijan"),
        new("Washington", ["Oval Office"], "united-states"),
    ];
}
