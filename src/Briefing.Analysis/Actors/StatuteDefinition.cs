namespace Briefing.Analysis.Actors;

/// <summary>
/// A law or binding instrument tracked across time (e.g. Section 907), as data. A dated mention of it is the law's
/// own event, attributed to <paramref name="EnactedByKey"/>; every legislation event that names it carries its key,
/// which gives the statute-history view.
/// </summary>
/// <param name="Key">Stable identifier, e.g. "section-907".</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="NameHe">Hebrew name, if there is a usual one.</param>
/// <param name="Aliases">Spellings in Hebrew and English ("סעיף 907", "FREEDOM Support Act").</param>
/// <param name="EnactedByKey">Gazetteer key of the body that enacted it ("us-congress").</param>
public sealed record StatuteDefinition(string Key, string NameEn, string? NameHe, IReadOnlyList<string> Aliases, string? EnactedByKey);

/// <summary>Seed statutes for the briefing topics.</summary>
public static class SeedStatutes
{
    public static IReadOnlyList<StatuteDefinition> All { get; } =
    [
        new("section-907", "Section 907 of the FREEDOM Support Act", "סעיף 907",
            ["Section 907", "FREEDOM Support Act", "Freedom Support Act", "907th amendment", "סעיף 907", "חוק תמיכת החופש", "תיקון 907"], "us-congress"),
        new("caatsa", "Countering America's Adversaries Through Sanctions Act", null,
            ["CAATSA", "Countering America's Adversaries Through Sanctions Act"], "us-congress"),
        new("iran-sanctions-act", "Iran Sanctions Act", null, ["Iran Sanctions Act"], "us-congress"),
        new("unscr-2231", "UN Security Council Resolution 2231", "החלטה 2231", ["Resolution 2231", "החלטה 2231", "UNSCR 2231"], "un-security-council"),
    ];
}
