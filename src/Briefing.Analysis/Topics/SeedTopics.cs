using static Briefing.Analysis.Topics.SeedVocabulary;

namespace Briefing.Analysis.Topics;

/// <summary>A seed topic with its display data, for the web app to write into the database on first start.</summary>
public sealed record SeedTopic(
    string Slug,
    string NameEn,
    string NameHe,
    string DescriptionEn,
    string DescriptionHe,
    string Color,
    int Order,
    TopicDefinition Definition);

/// <summary>
/// The three topics the product starts with. Their rules are general (aliases, capitals as metonyms, adjectives,
/// acronyms, co-occurrence windows and distractor vocabulary), not phrases taken from particular articles.
/// </summary>
public static class SeedTopics
{
    public const string IsraelAzerbaijanUs = "israel-azerbaijan-us";
    public const string Iran = "iran";
    public const string Section907 = "section-907";

    /// <summary>All seed topics in display order.</summary>
    public static IReadOnlyList<SeedTopic> All { get; } =
    [
        new(IsraelAzerbaijanUs, "Israel–Azerbaijan–US", "ישראל–אזרבייג'ן–ארה\"ב",
            "Israel–Azerbaijan ties (visits, embassies, energy, defence, technology), Azerbaijan and the Abraham Accords, "
            + "and US–Azerbaijan ties when tied to these regional initiatives.",
            "היחסים בין ישראל לאזרבייג'ן (ביקורים, שגרירויות, אנרגיה, ביטחון וטכנולוגיה), אזרבייג'ן והסכמי אברהם, "
            + "וקשרי ארה\"ב–אזרבייג'ן כשהם קשורים ליוזמות אזוריות אלה.",
            "#1565C0", 1,
            new TopicDefinition(IsraelAzerbaijanUs, 3,
            [
                new("az-with-israel", "Azerbaijan named near Israel", [AnyOf(Azerbaijan)], [AnyOf(Israel)], [], 25,
                    RuleScope.TitleAndBody, 1.5),
                new("abraham-accords", "Abraham Accords in a text about Azerbaijan", [AnyOf(AbrahamAccords)],
                    [AnyOf(Azerbaijan)], [], null, RuleScope.TitleAndBody, 1.5),
                new("trilateral", "Azerbaijan, Israel and the US together", [AnyOf(Azerbaijan)],
                    [AnyOf(Israel), AnyOf(UnitedStates)], [], 40, RuleScope.TitleAndBody, 0.5),
                new("sport-culture", "Sport or culture story (counts against)", [AnyOf(SportAndCulture)], [], [], null,
                    RuleScope.TitleAndBody, -1),
            ])),
        new(Iran, "Iran", "איראן",
            "Iran's nuclear programme (IAEA, enrichment, inspections), Iranian regional aggression and proxies, sanctions "
            + "on Iran (maximum pressure, UN snapback), and Israel–Iran or US–Iran confrontation or talks.",
            "תוכנית הגרעין של איראן (סבא\"א, העשרה, פיקוח), התוקפנות האזורית של איראן ושלוחותיה, הסנקציות על איראן "
            + "(לחץ מרבי, סנאפבק) והעימות או השיחות בין ישראל או ארה\"ב לאיראן.",
            "#C62828", 2,
            new TopicDefinition(Iran, 3,
            [
                new("iran-security-frame", "Iran named near nuclear, sanctions, proxy or force vocabulary",
                    [AnyOf(SeedVocabulary.Iran)], [AnyOf(IranSecurityContext)], [], 20, RuleScope.TitleAndBody, 1.5),
                new("iran-with-israel-or-us", "Iran named near Israel or the US", [AnyOf(SeedVocabulary.Iran)],
                    [AnyOf(Israel, UnitedStates)], [], 15, RuleScope.TitleAndBody, 1.25),
                new("nuclear-file", "Nuclear file or sanctions in a text about Iran", [AnyOf(IranNuclearAndSanctions)],
                    [AnyOf(SeedVocabulary.Iran)], [], null, RuleScope.TitleAndBody, 1),
                new("sport-culture", "Sport or culture story (counts against)", [AnyOf(SportAndCulture)], [], [], null,
                    RuleScope.TitleAndBody, -1),
            ])),
        new(Section907, "Section 907", "סעיף 907",
            "Section 907 of the FREEDOM Support Act (1992), which restricts US assistance to the government of Azerbaijan: "
            + "its text and history, presidential waivers, and efforts to suspend the waiver or repeal the section.",
            "סעיף 907 לחוק תמיכת החופש (1992), המגביל סיוע אמריקני לממשלת אזרבייג'ן: נוסחו ותולדותיו, הוויתורים "
            + "הנשיאותיים והמאמצים להשעות את הוויתור או לבטל את הסעיף.",
            "#2E7D32", 3,
            new TopicDefinition(Section907, 3,
            [
                new("section-named", "Section 907 named in a text about Azerbaijan", [AnyOf(SeedVocabulary.Section907)],
                    [AnyOf(Azerbaijan, ["FREEDOM Support Act"])], [AnyOf(OtherSections907)], 30, RuleScope.TitleAndBody, 3),
                new("bare-907", "The number 907 near Azerbaijan and aid or law vocabulary", ["907"],
                    [AnyOf(Azerbaijan), AnyOf(LawContext)], [AnyOf(Not907)], 25, RuleScope.TitleAndBody, 1.5),
                new("freedom-support-act", "FREEDOM Support Act in a text about Azerbaijan",
                    ["FREEDOM Support Act|חוק תמיכת החופש"], [AnyOf(Azerbaijan)], [], null, RuleScope.TitleAndBody, 2),
                new("waiver-907", "Waiver or repeal near 907", [AnyOf(AidAndWaiver)], ["907"], [], 30,
                    RuleScope.TitleAndBody, 1),
            ])),
    ];

    /// <summary>The seed topics' rules.</summary>
    public static IReadOnlyList<TopicDefinition> Definitions { get; } = [.. All.Select(s => s.Definition)];
}
