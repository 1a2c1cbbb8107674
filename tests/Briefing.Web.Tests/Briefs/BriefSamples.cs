using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Tests.Briefs;

/// <summary>Sample briefs written for these tests (Hebrew and English), plus one full of hostile texts.</summary>
internal static class BriefSamples
{
    public static readonly DateTime GeneratedAt = new(2025, 8, 10, 7, 30, 0, DateTimeKind.Utc);

    /// <summary>Every way a cell text could start that a spreadsheet might read as a formula.</summary>
    public static readonly string[] HostileTexts =
    [
        "=HYPERLINK(\"http://evil.example/steal\",\"לחצו כאן\")",
        "+972-3-555-0101",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
    ];

    public static BriefDocument Hebrew() => new()
    {
        Week = "2025-W32",
        From = new DateOnly(2025, 8, 3),
        To = new DateOnly(2025, 8, 9),
        GeneratedAtUtc = GeneratedAt,
        Author = "נועה כהן",
        Language = "he",
        OverallSummary = "שבוע של תנועה דיפלומטית ערה: ביקור בכיר מבאקו בירושלים, חידוש השיחות על הפיקוח בטהרן ודיון ראשון בוושינגטון על ביטול הוויתור על סעיף 907.\nההמלצה המרכזית: להמשיך בתיאום הדוק עם ארה\"ב.",
        Topics =
        [
            new BriefTopicSection
            {
                Slug = "israel-azerbaijan-us",
                Name = "ישראל–אזרבייג'ן–ארה\"ב",
                BottomLine = "הקשר הביטחוני והאנרגטי מתהדק; יש לעקוב אחר שיחות ההצטרפות להסכמי אברהם.",
                ThisWeek = new BriefCounts { Events = 3, Recommendations = 1, Articles = 2 },
                PreviousWeek = new BriefCounts { Events = 1, Recommendations = 0, Articles = 4 },
                Events =
                [
                    new BriefEvent
                    {
                        Id = "ev-1",
                        Date = new DateOnly(2025, 8, 4),
                        Precision = BriefDatePrecision.Day,
                        Type = "meeting",
                        Summary = "שר החוץ של אזרבייג'ן נפגש בירושלים עם ראש הממשלה לשיחה על הרחבת שיתוף הפעולה באנרגיה ובהגנה.",
                        Actors = ["שר החוץ של אזרבייג'ן", "ראש הממשלה"],
                        Place = "ירושלים",
                        Sources =
                        [
                            new BriefSource { Title = "חדשות הבוקר", Url = "https://news.example.co.il/politics/article/4711", Language = "he" },
                            new BriefSource { Title = "Regional Desk", Url = "https://regional.example.com/2025/08/04/baku-jerusalem", Language = "en" },
                        ],
                        Quote = "\"נמשיך להעמיק את השותפות האסטרטגית בין שתי המדינות\"",
                    },
                    new BriefEvent
                    {
                        Id = "ev-2",
                        Date = new DateOnly(2025, 8, 1),
                        Precision = BriefDatePrecision.Month,
                        Type = "agreement",
                        Summary = "דווח כי במהלך החודש ייחתם מזכר הבנות לשיתוף פעולה בתחום הגנת הסייבר.",
                        Actors = ["מערך הסייבר הלאומי"],
                        Place = "באקו",
                        Sources = [new BriefSource { Title = "כלכלה היום", Url = "https://economy.example.co.il/cyber/88", Language = "he" }],
                    },
                    new BriefEvent
                    {
                        Id = "ev-3",
                        Date = null,
                        Precision = BriefDatePrecision.Unknown,
                        Type = "statement",
                        Summary = "גורם אמריקני אמר כי ארה\"ב תומכת בהרחבת ההסכמים האזוריים.",
                        Actors = ["מחלקת המדינה"],
                        Sources = [new BriefSource { Title = "קישור חשוד", Url = "javascript:alert('x')", Language = "he" }],
                    },
                ],
                Recommendations =
                [
                    new BriefRecommendation
                    {
                        Date = new DateOnly(2025, 8, 5),
                        Who = "המכון למחקרי מדיניות אזורית",
                        ToWhom = "משרד החוץ",
                        What = "לקדם את הצטרפות אזרבייג'ן להסכמי אברהם בתיווך אמריקני, תוך שמירה על ערוץ אנרגיה נפרד.",
                        SourceTitle = "נייר עמדה",
                        SourceUrl = "https://policy.example.org/papers/2025-08",
                    },
                ],
                Articles =
                [
                    new BriefArticle
                    {
                        Id = "a-1",
                        Date = new DateOnly(2025, 8, 4),
                        Title = "שר החוץ האזרי בביקור בזק בירושלים",
                        Source = "חדשות הבוקר",
                        Language = "he",
                        Url = "https://news.example.co.il/politics/article/4711",
                    },
                    new BriefArticle
                    {
                        Id = "a-shared",
                        Date = new DateOnly(2025, 8, 6),
                        Title = "Baku, Jerusalem and Tehran: a week of signals",
                        Source = "Regional Desk",
                        Language = "en",
                        Url = "https://regional.example.com/2025/08/06/signals",
                    },
                ],
            },
            new BriefTopicSection
            {
                Slug = "iran",
                Name = "איראן",
                BottomLine = "טהרן מאותתת על נכונות לפיקוח מוגבל, אך ללא התחייבות לוחות זמנים.",
                ThisWeek = new BriefCounts { Events = 2, Recommendations = 0, Articles = 2 },
                PreviousWeek = new BriefCounts { Events = 5, Recommendations = 1, Articles = 7 },
                Events =
                [
                    new BriefEvent
                    {
                        Date = new DateOnly(2025, 8, 6),
                        Type = "visit",
                        Summary = "משלחת של הסוכנות הבינלאומית לאנרגיה אטומית הגיעה לטהרן לשיחות על חידוש הפיקוח.",
                        Actors = ["סבא\"א", "משרד החוץ האיראני"],
                        Place = "טהרן",
                        Sources = [new BriefSource { Title = "סוכנות ידיעות", Url = "http://wire.example.net/iran/iaea-visit", Language = "en" }],
                        Quote = "השיחות היו ענייניות",
                    },
                    new BriefEvent
                    {
                        Date = new DateOnly(2025, 1, 1),
                        Precision = BriefDatePrecision.Year,
                        Type = "legislation",
                        Summary = "הפרלמנט האיראני דן השנה בהצעת חוק להגבלת שיתוף הפעולה עם הפקחים.",
                        Place = "טהרן",
                        Sources = [new BriefSource { Title = "קובץ מקומי", Url = "file:///C:/secret/report.docx", Language = "he" }],
                    },
                ],
                Articles =
                [
                    new BriefArticle
                    {
                        Id = "a-shared",
                        Date = new DateOnly(2025, 8, 6),
                        Title = "Baku, Jerusalem and Tehran: a week of signals",
                        Source = "Regional Desk",
                        Language = "en",
                        Url = "https://regional.example.com/2025/08/06/signals",
                    },
                    new BriefArticle
                    {
                        Id = "a-3",
                        Date = new DateOnly(2025, 8, 7),
                        Title = "פקחי הסוכנות חזרו מטהרן",
                        Source = "סוכנות ידיעות",
                        Language = "he",
                        Url = "javascript:alert(1)",
                    },
                ],
            },
            new BriefTopicSection
            {
                Slug = "section-907",
                Name = "סעיף 907",
                BottomLine = "אין שינוי במדיניות הוויתור.",
                ThisWeek = new BriefCounts { Events = 1 },
                PreviousWeek = new BriefCounts(),
                Events =
                [
                    new BriefEvent
                    {
                        Date = new DateOnly(2025, 8, 8),
                        Type = "statement",
                        Summary = "חברי קונגרס קראו להאריך את הוויתור הנשיאותי על סעיף 907 לשנה נוספת.",
                        Actors = ["חברי קונגרס"],
                        Place = "וושינגטון",
                        Sources = [new BriefSource { Title = "Capitol Notes", Url = "https://capitol.example.com/907-waiver", Language = "en" }],
                    },
                ],
            },
        ],
        Changes =
        [
            new BriefChange { Kind = BriefChangeKind.New, Topic = "ישראל–אזרבייג'ן–ארה\"ב", EventId = "ev-1", Date = new DateOnly(2025, 8, 4), Type = "meeting", Summary = "פגישת שר החוץ בירושלים" },
            new BriefChange { Kind = BriefChangeKind.Updated, Topic = "איראן", Date = new DateOnly(2025, 8, 6), Type = "visit", Summary = "ביקור משלחת הסוכנות בטהרן", Detail = "התאריך עודכן מ-5 באוגוסט ל-6 באוגוסט" },
            new BriefChange { Kind = BriefChangeKind.Removed, Topic = "איראן", Date = new DateOnly(2025, 7, 30), Type = "statement", Summary = "הודעה שהתבררה כשגויה" },
        ],
    };

    public static BriefDocument English()
    {
        var hebrew = Hebrew();
        return hebrew with
        {
            Language = "en",
            Author = "Noa Cohen",
            OverallSummary = "A busy diplomatic week.",
            Topics =
            [
                hebrew.Topics[0] with { Name = "Israel–Azerbaijan–US", BottomLine = "Ties are tightening." },
                hebrew.Topics[1] with { Name = "Iran", BottomLine = "Limited inspections signalled." },
                hebrew.Topics[2] with { Name = "Section 907", BottomLine = "No change." },
            ],
            Changes = [],
        };
    }

    /// <summary>A brief whose every free-text field starts like a formula.</summary>
    public static BriefDocument Hostile()
    {
        var i = 0;
        string Next() => HostileTexts[i++ % HostileTexts.Length];
        return new BriefDocument
        {
            Week = "2025-W32",
            From = new DateOnly(2025, 8, 3),
            To = new DateOnly(2025, 8, 9),
            GeneratedAtUtc = GeneratedAt,
            Author = "=cmd|' /C calc'!A0",
            Language = "he",
            OverallSummary = "=1+1",
            Topics = HostileTexts.Select((text, t) => new BriefTopicSection
            {
                Slug = $"t{t}",
                Name = text,
                BottomLine = Next(),
                Events = HostileTexts.Select(_ => new BriefEvent
                {
                    Date = new DateOnly(2025, 8, 4),
                    Type = Next(),
                    Summary = Next(),
                    Actors = [Next()],
                    Place = Next(),
                    Sources = [new BriefSource { Title = Next(), Url = Next() }],
                    Quote = Next(),
                }).ToList(),
                Recommendations = [new BriefRecommendation { Who = Next(), ToWhom = Next(), What = Next(), Topic = Next(), SourceTitle = Next(), SourceUrl = Next() }],
                Articles = [new BriefArticle { Title = Next(), Source = Next(), Language = Next(), Topics = [Next()], Url = Next() }],
            }).ToList(),
            Changes = HostileTexts.Select(text => new BriefChange { Kind = BriefChangeKind.Updated, Topic = text, Type = Next(), Summary = Next(), Detail = Next() }).ToList(),
        };
    }
}
