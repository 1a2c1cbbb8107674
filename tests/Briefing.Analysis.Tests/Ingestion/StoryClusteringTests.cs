using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>Clustering on stories written for this test (not the corpus): one story in two languages, and same-day, same-actor other stories.</summary>
public class StoryClusteringTests
{
    private static StorySignature Signature(string text, string date)
    {
        var article = Assert.Single(Fixtures.ParsePasted(text).Articles) with { Published = DateTimeOffset.Parse(date + "T00:00:00+00:00") };
        return StorySignature.Compute(article);
    }

    private static readonly StorySignature PipelineEnglish = Signature("""
        Israel and Greece sign memorandum on undersea gas pipeline

        Israeli Energy Minister Eli Cohen and his Greek counterpart Theodoros Skylakakis signed a memorandum in Athens on Monday to study a 1,350-kilometre undersea pipeline that would carry gas from Israel's Leviathan field to Crete.

        The two ministers said a feasibility study would be completed within 18 months, and that the European Union had been asked to help finance it.

        Cyprus, which would host a compression station, is expected to join the project at a meeting in Nicosia next month.
        """, "2025-03-10");

    private static readonly StorySignature PipelineHebrew = Signature("""
        ישראל ויוון חתמו על מזכר הבנות לצינור גז תת-ימי

        שר האנרגיה אלי כהן ועמיתו היווני תאודורוס סקילאקאקיס חתמו היום באתונה על מזכר הבנות לבחינת צינור גז תת-ימי באורך 1,350 קילומטרים, שיוביל גז ממאגר לווייתן לכרתים.

        לדברי השרים, בדיקת ההיתכנות תושלם בתוך 18 חודשים, והאיחוד האירופי התבקש לסייע במימונה.

        קפריסין, שבשטחה תוקם תחנת דחיסה, צפויה להצטרף לפרויקט בפגישה שתתקיים בניקוסיה בחודש הבא.
        """, "2025-03-10");

    private static readonly StorySignature TrialHebrew = Signature("""
        נתניהו העיד בבית המשפט: "האישומים מופרכים"

        ראש הממשלה בנימין נתניהו העיד היום בבית המשפט המחוזי בתל אביב במשפטו, ואמר כי האישומים נגדו מופרכים ונתפרו על ידי גורמים במשטרה ובפרקליטות.

        הדיון נמשך שש שעות, ובמהלכו נשאל נתניהו על קשריו עם בעלי הון ועל סיקור אתרי חדשות. השופטים קבעו כי העדות תימשך שלוש פעמים בשבוע.

        בתום הדיון יצא נתניהו לירושלים לישיבת הקבינט, שבה נדונו ההתפתחויות בגבול הצפון.
        """, "2025-03-10");

    private static readonly StorySignature EnergyEnglishOtherStory = Signature("""
        Israel raises gas export quota as Leviathan output climbs

        Israel's Energy Ministry on Monday raised the share of natural gas that producers may export, after output from the Leviathan and Tamar fields reached a record last year.

        Energy Minister Eli Cohen said the decision would bring billions of shekels to the treasury while keeping enough gas for domestic power stations for the next 25 years.

        Environmental groups criticised the move and said the ministry had ignored the need to shift to renewable energy.
        """, "2025-03-10");

    [Fact]
    public void One_story_in_english_and_hebrew_clusters()
    {
        var similarity = StorySignature.Similarity(PipelineEnglish, PipelineHebrew);
        Assert.True(similarity >= StorySignature.SameStoryThreshold, $"{similarity:F3}");
    }

    [Fact]
    public void Same_day_stories_with_shared_names_do_not_cluster()
    {
        foreach (var (a, b, name) in new[]
        {
            (PipelineEnglish, TrialHebrew, "pipeline/trial"),
            (PipelineHebrew, TrialHebrew, "pipeline/trial (he)"),
            (EnergyEnglishOtherStory, PipelineHebrew, "quota/pipeline"),
            (EnergyEnglishOtherStory, PipelineEnglish, "quota/pipeline (en)"),
            (EnergyEnglishOtherStory, TrialHebrew, "quota/trial"),
        })
        {
            var similarity = StorySignature.Similarity(a, b);
            Assert.True(similarity < StorySignature.SameStoryThreshold, $"{name}: {similarity:F3}");
        }
    }
}
