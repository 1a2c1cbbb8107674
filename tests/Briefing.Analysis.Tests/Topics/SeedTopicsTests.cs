using Briefing.Analysis.Topics;

namespace Briefing.Analysis.Tests.Topics;

/// <summary>The seed topics on short Hebrew and English cases, including the distractors the rules must keep out.</summary>
public class SeedTopicsTests
{
    private const string Iaus = SeedTopics.IsraelAzerbaijanUs;
    private const string Iran = SeedTopics.Iran;
    private const string S907 = SeedTopics.Section907;
    private static readonly TopicClassifier Classifier = new(SeedTopics.Definitions);

    [Theory]
    [InlineData("", "Israeli and Azerbaijani ministers met in Baku. Israel buys Azeri oil, and Jerusalem sees Baku as a partner.", Iaus)]
    [InlineData("נתניהו נפגש עם עלייב", "ראש הממשלה נתניהו נחת בבאקו ונפגש עם הנשיא אלייב. ישראל ואזרבייג׳ן יחתמו על הסכם אנרגיה.", Iaus)]
    [InlineData("", "שר החוץ הישראלי ביקר באזרבייג'ן. בירושלים מעריכים כי באקו תצטרף להסכמי אברהם בתיווך ארה״ב.", Iaus)]
    [InlineData("", "Washington wants Azerbaijan to join the Abraham Accords; Baku has close ties with Israel.", Iaus)]
    [InlineData("", "The IAEA said Iran expanded enrichment at Fordow. Tehran rejected the report, and Israel warned of strikes on Iran's nuclear sites.", Iran)]
    [InlineData("", "סבא\"א: איראן מעשירה אורניום ברמה גבוהה. בטהרן דחו את הדוח, ובישראל איימו בתקיפה על מתקני הגרעין האיראניים.", Iran)]
    [InlineData("", "E3 triggers snapback sanctions on Iran; the Islamic Republic's envoy called it illegal, and Iran threatened to leave the NPT.", Iran)]
    [InlineData("", "חיזבאללה והחות'ים, שלוחות איראן, שיגרו טילים לעבר ישראל. בארה״ב הזהירו את טהרן.", Iran)]
    [InlineData("", "The president renewed the Section 907 waiver, allowing US assistance to Azerbaijan under the FREEDOM Support Act.", S907)]
    [InlineData("", "ממשל טראמפ שוקל לבטל את סעיף 907, המגביל את הסיוע האמריקני לאזרבייג'ן מאז 1992.", S907)]
    [InlineData("", "הנשיא חתם על ויתור על סעיף 907 לחוק תמיכת החופש, והסיוע לבאקו יחודש.", S907)]
    // short unseen-style items: a title mention counts double, so headline plus one sentence is enough
    [InlineData("Israel to supply Azerbaijan with two spy satellites", "Israel Aerospace Industries will build two observation satellites for Azerbaijan, the Azerbaijani defence ministry said.", Iaus)]
    [InlineData("שגרירות ישראל בבאקו חוגגת 30 שנה", "השגריר הישראלי באזרבייג'ן אירח אמש אירוע. בכירים אזרים השתתפו והדגישו את הקשרים עם ירושלים.", Iaus)]
    [InlineData("סער נפגש עם עמיתו האזרי", "שר החוץ גדעון סער נפגש היום עם שר החוץ של אזרבייג'ן ג'ייהון בייראמוב. השניים דנו בשיתוף הפעולה בתחום האנרגיה.", Iaus)]
    [InlineData("אזרבייג'ן תצטרף להסכמי אברהם", "כך הודיע הנשיא טראמפ.", Iaus)]
    [InlineData("ישראל תקפה באיראן", "מטוסי חיל האוויר תקפו הלילה מתקני גרעין בנתנז ובפורדו. בטהרן איימו בתגובה, ובוושינגטון קראו לאיפוק.", Iran)]
    [InlineData("Hezbollah fires rockets", "Hezbollah fired rockets at northern Israel. The Iran-backed group acted with Hamas; Tehran praised the attack.", Iran)]
    [InlineData("Trump: Iran must not have nuclear weapons", "President Trump said on Sunday Iran would never be allowed a nuclear weapon.", Iran)]
    [InlineData("", "The road to repealing Section 907, which restricts US aid to Azerbaijan, runs through Congress.", S907)]
    [InlineData("", "Congress is debating a bill to repeal Section 907, arguing that the restriction on aid to Azerbaijan is outdated.", S907)]
    public void Assigns(string title, string body, string slug) =>
        Assert.Contains(slug, Classifier.Classify(title, body).Select(a => a.Slug));

    [Theory]
    // 907 that is not the Act's section
    [InlineData("", "Call 907-555-0142 for Anchorage road closures. The 907 area code covers Alaska.", S907)]
    [InlineData("", "Azerbaijan Airlines flight 907 from Baku landed safely after a bird strike.", S907)]
    [InlineData("", "Section 907 of the Internal Revenue Code limits the tax credit for foreign oil and gas extraction income.", S907)]
    [InlineData("", "The bill passed with 907 votes in the European Parliament.", S907)]
    [InlineData("", "כביש 907 ייסגר מחר לתנועה בשל עבודות.", S907)]
    [InlineData("", "Azerbaijan Airlines said flight 907 to Baku was delayed; passengers may call 907-555-0100.", S907)]
    // sport and culture between the same countries
    [InlineData("Maccabi Tel Aviv beat Qarabag", "Maccabi Tel Aviv beat Azerbaijani champions Qarabag 2-1 in Baku in the Europa League. The Israeli side's striker scored twice at the stadium.", Iaus)]
    [InlineData("מכבי חיפה ניצחה את קרבאך", "מכבי חיפה הישראלית ניצחה 0:2 את קרבאך האזרית באצטדיון בבאקו, במשחק בליגת האלופות. שוער ישראל בלט.", Iaus)]
    [InlineData("", "The Iranian film won at Cannes. The director, once jailed in Tehran, thanked the festival; the movie is set in Iran.", Iran)]
    [InlineData("", "הסרט האיראני זכה בפסטיבל קאן. הבמאי, שישב בכלא בטהרן, הודה לקולנוע האיראני.", Iran)]
    // one stray mention is not a topic
    [InlineData("", "Wildfires spread across California. Officials said Iran had sent condolences.", Iran)]
    [InlineData("", "Putin apologised to Aliyev over the downed Azerbaijan Airlines jet from Baku.", Iaus)]
    [InlineData("", "Trump met Aliyev at the White House to sign a peace declaration with Armenia.", Iaus)]
    // Iran's dealings with third countries, and Iranian accidents, are not the Iran topic
    [InlineData("Iran and Azerbaijan hold border talks", "Iran and Azerbaijan held talks in Tehran on a new border crossing. Iranian and Azerbaijani envoys agreed to meet again; Iran's trade with Baku grew.", Iran)]
    [InlineData("", "רעידת אדמה באיראן: עשרות הרוגים בצפון איראן. צוותי חילוץ איראניים פועלים בשטח, ובטהרן הוכרז אבל.", Iran)]
    [InlineData("Iran's Foreign Minister visits Baku", "Iranian Foreign Minister Abbas Araghchi met Azerbaijani President Ilham Aliyev in Baku to discuss trade corridors. Iran and Azerbaijan agreed to expand rail links.", Iran)]
    [InlineData("Oil prices rise", "Oil prices rose on Tuesday on concerns over supply from Iran and Russia, while US inventories fell.", Iran)]
    [InlineData("Iranian women's team wins Asian Cup", "Iran's women's football team beat Japan 2-1 to win the Asian Cup. Tehran celebrated into the night.", Iran)]
    [InlineData("המשחק בין מכבי תל אביב לנפטצ'י באקו", "מכבי תל אביב תפגוש מחר את נפטצ'י באקו האזרית בליגה האירופית. האוהדים הישראלים יגיעו לבאקו.", Iaus)]
    [InlineData("", "Israel and Azerbaijan finished first and second at the Eurovision. Baku fans cheered the Israeli entry; the tournament ends today.", Iaus)]
    public void Does_not_assign(string title, string body, string slug) =>
        Assert.DoesNotContain(slug, Classifier.Classify(title, body).Select(a => a.Slug));

    [Theory]
    [InlineData("המחיר המשוער של העסקה עלה במאי", 0)]
    [InlineData("השוער של קרבאך הצטיין בסרט", 3)]
    public void Counter_vocabulary_avoids_everyday_hebrew_words(string body, double expectedHits)
    {
        var rule = Classifier.Explain("", body).Single(t => t.Slug == Iaus).Rules.Single(r => r.RuleId == "sport-culture");
        Assert.Equal(expectedHits, rule.CountedHits);
    }

    [Fact]
    public void Seed_article_gets_all_three_topics_with_evidence()
    {
        var body = File.ReadAllText(SeedArticlePath());

        var assignments = Classifier.Classify("", body);

        Assert.Equal(new[] { Iaus, Iran, S907 }.Order(), assignments.Select(a => a.Slug).Order());
        Assert.All(assignments, a => Assert.All(a.Evidence, e =>
            Assert.Equal(Briefing.Analysis.TextNormalizer.NormalizeToString(e.Term).TrimEnd('*')[..2],
                Briefing.Analysis.TextNormalizer.NormalizeToString(body.Substring(e.Start, e.Length))[..2])));
        Assert.Contains(assignments.Single(a => a.Slug == S907).Evidence, e => e.Term == "סעיף 907");
    }

    [Fact]
    public void Seed_topics_have_names_descriptions_and_compile_cleanly()
    {
        Assert.Equal([Iaus, Iran, S907], SeedTopics.All.Select(s => s.Slug));
        Assert.All(SeedTopics.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.NameHe));
            Assert.False(string.IsNullOrWhiteSpace(s.DescriptionHe));
            Assert.False(string.IsNullOrWhiteSpace(s.DescriptionEn));
            Assert.Equal(s.Slug, s.Definition.Slug);
            Assert.Equal(s.Definition.Rules.Count, s.Definition.Rules.Select(r => r.Id).Distinct().Count());
        });
        Assert.Empty(Classifier.Warnings);
    }

    // The seed article is not in the repository (copyright): it sits in shared/seeds beside the checkout, which for a
    // git worktree may be a few levels further up, so look upwards from the repository root.
    private static string SeedArticlePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
        {
            directory = directory.Parent;
        }
        for (var parent = directory?.Parent; parent is not null; parent = parent.Parent)
        {
            var candidate = Path.Combine(parent.FullName, "shared", "seeds", "000_7678fdd83c2c5ead.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("shared/seeds/000_7678fdd83c2c5ead.txt not found above the repository root");
    }
}
