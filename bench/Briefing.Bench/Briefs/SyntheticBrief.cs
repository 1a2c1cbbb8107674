using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Bench.Briefs;

/// <summary>A large, deterministic brief with realistic text lengths, mixed Hebrew/English and links on every source.</summary>
internal static class SyntheticBrief
{
    private static readonly string[] TopicNames = ["ישראל–אזרבייג'ן–ארה\"ב", "איראן", "סעיף 907"];
    private static readonly string[] Slugs = ["israel-azerbaijan-us", "iran", "section-907"];
    private static readonly string[] Types = ["meeting", "visit", "statement", "recommendation", "legislation", "agreement"];
    private static readonly string[] Places = ["ירושלים", "באקו", "וושינגטון", "טהרן", "וינה", "Brussels"];
    private static readonly string[] Actors = ["שר החוץ", "ראש הממשלה", "מחלקת המדינה", "סבא\"א", "חברי קונגרס", "נשיא אזרבייג'ן", "IAEA Director General"];
    private static readonly string[] Phrases =
    [
        "נפגש עם עמיתו לשיחה על הרחבת שיתוף הפעולה", "הודיע על חידוש השיחות בנושא הפיקוח",
        "קרא להאריך את הוויתור הנשיאותי", "חתם על מזכר הבנות בתחום האנרגיה",
        "signalled readiness for limited inspections", "discussed joining the Abraham Accords",
    ];

    public static BriefDocument Create(int events, int articles, int seed = 907)
    {
        var random = new Random(seed);
        var extras = Math.Max(1, events / 20);
        var topics = new List<BriefTopicSection>();
        for (var t = 0; t < TopicNames.Length; t++)
        {
            var share = Share(events, t);
            topics.Add(new BriefTopicSection
            {
                Slug = Slugs[t],
                Name = TopicNames[t],
                BottomLine = Sentence(random, 3),
                ThisWeek = new BriefCounts { Events = share, Articles = Share(articles, t), Recommendations = Share(extras, t) },
                PreviousWeek = new BriefCounts { Events = share / 2, Articles = Share(articles, t) / 2 },
                Events = Enumerable.Range(0, share).Select(i => Event(random, i)).ToList(),
                Recommendations = Enumerable.Range(0, Share(extras, t)).Select(i => Recommendation(random, i)).ToList(),
                Articles = Enumerable.Range(0, Share(articles, t)).Select(i => Article(random, t, i)).ToList(),
            });
        }
        return new BriefDocument
        {
            Week = "2025-W32",
            From = new DateOnly(2025, 8, 3),
            To = new DateOnly(2025, 8, 9),
            GeneratedAtUtc = new DateTime(2025, 8, 10, 7, 30, 0, DateTimeKind.Utc),
            Author = "bench",
            Language = "he",
            OverallSummary = Sentence(random, 6),
            Topics = topics,
            Changes = Enumerable.Range(0, extras).Select(i => new BriefChange
            {
                Kind = (BriefChangeKind)(i % 3),
                Topic = TopicNames[i % 3],
                Date = new DateOnly(2025, 8, 3).AddDays(i % 7),
                Type = Types[i % Types.Length],
                Summary = Sentence(random, 1),
                Detail = i % 3 == 1 ? "התאריך עודכן" : null,
            }).ToList(),
        };
    }

    private static int Share(int total, int topic) => total / 3 + (topic < total % 3 ? 1 : 0);

    private static BriefEvent Event(Random random, int i) => new()
    {
        Id = $"e{i}",
        Date = new DateOnly(2025, 8, 3).AddDays(random.Next(7)),
        Precision = (i % 20) switch { 0 => BriefDatePrecision.Month, 1 => BriefDatePrecision.Year, 2 => BriefDatePrecision.Unknown, _ => BriefDatePrecision.Day },
        Type = Types[random.Next(Types.Length)],
        Summary = Sentence(random, 2),
        Actors = [Actors[random.Next(Actors.Length)], Actors[random.Next(Actors.Length)]],
        Place = Places[random.Next(Places.Length)],
        Sources = Enumerable.Range(0, 1 + random.Next(3))
            .Select(s => new BriefSource { Title = $"מקור {s + 1}", Url = $"https://news{s}.example.co.il/article/{i}-{random.Next(100_000)}", Language = "he" })
            .ToList(),
        Quote = i % 2 == 0 ? "\"" + Sentence(random, 1) + "\"" : null,
    };

    private static BriefRecommendation Recommendation(Random random, int i) => new()
    {
        Date = new DateOnly(2025, 8, 3).AddDays(i % 7),
        Who = Actors[random.Next(Actors.Length)],
        ToWhom = Actors[random.Next(Actors.Length)],
        What = Sentence(random, 2),
        SourceTitle = "נייר עמדה",
        SourceUrl = $"https://policy.example.org/papers/{i}",
    };

    private static BriefArticle Article(Random random, int topic, int i) => new()
    {
        Id = $"a{topic}-{i}",
        Date = new DateOnly(2025, 8, 3).AddDays(random.Next(7)),
        Title = Sentence(random, 1),
        Source = random.Next(2) == 0 ? "חדשות הבוקר" : "Regional Desk",
        Language = random.Next(2) == 0 ? "he" : "en",
        Topics = [TopicNames[topic]],
        Url = $"https://site{topic}.example.com/{i}/{random.Next(1_000_000)}",
    };

    private static string Sentence(Random random, int phrases) =>
        string.Join(", ", Enumerable.Range(0, phrases).Select(_ => Actors[random.Next(Actors.Length)] + " " + Phrases[random.Next(Phrases.Length)])) + ".";
}
