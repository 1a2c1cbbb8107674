using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class DateFinderTests
{
    // Published on Saturday 9 August 2025.
    private static readonly DateOnly Published = new(2025, 8, 9);

    [Theory]
    [InlineData("הפגישה התקיימה ב-24 בנובמבר 2025 בירושלים.", "2025-11-24")]
    [InlineData("הפגישה התקיימה 24 בנובמבר 2025.", "2025-11-24")]
    // Without a year: the latest such day no more than two months after publication.
    [InlineData("החתימה נקבעה ל-24 בנובמבר.", "2024-11-24")]
    [InlineData("החתימה נקבעה ל-24 באוגוסט.", "2025-08-24")]
    [InlineData("הם נפגשו ב-24.11.2025 בבאקו.", "2025-11-24")]
    [InlineData("הם נפגשו ב-24/11/2025 בבאקו.", "2025-11-24")]
    [InlineData("עודכן 11.10.25", "2025-10-11")]
    [InlineData("SOCAR חתמה ביום שישי (31.1) על הסכם.", "2025-01-31")]
    [InlineData("They met on Nov. 24, 2025 in Baku.", "2025-11-24")]
    [InlineData("They met on November 24 in Baku.", "2024-11-24")]
    [InlineData("They met on 24 November 2025 in Baku.", "2025-11-24")]
    [InlineData("The bill passed on June 25 with 221 votes.", "2025-06-25")]
    [InlineData("Talks began in February 2025.", "2025-02")]
    [InlineData("המגעים החלו בפברואר 2025.", "2025-02")]
    [InlineData("The waiver was signed in late March.", "2025-03")]
    [InlineData("ויטקוף ביקר בבאקו במרץ.", "2025-03")]
    [InlineData("The restriction dates from 1992.", "1992")]
    [InlineData("הסעיף מגביל את הסיוע מאז 1992.", "1992")]
    [InlineData("החוק נחקק ב-1992.", "1992")]
    public void Explicit_dates_resolve_at_their_precision(string sentence, string expected)
    {
        var found = DateFinder.Find(sentence, Published, publishedIsEstimated: false);
        Assert.Contains(found, d => d.Date.Format() == expected);
    }

    [Theory]
    [InlineData("הנשיא אירח אתמול (שישי) את אלייב.", "2025-08-08")]
    [InlineData("כך נמסר אמש מלשכתו.", "2025-08-08")]
    [InlineData("כך נמסר היום מלשכתו.", "2025-08-09")]
    [InlineData("כך נמסר הערב (שבת) מלשכתו.", "2025-08-09")]
    [InlineData("השניים נפגשו ביום שני בבאקו.", "2025-08-04")]
    [InlineData("השניים נפגשו ביום ה' בבאקו.", "2025-08-07")]
    [InlineData("השניים נפגשו לפני שבועיים בבאקו.", "2025-07")]
    [InlineData("They met two weeks ago in Baku.", "2025-07")]
    [InlineData("He met Aliyev yesterday.", "2025-08-08")]
    [InlineData("He met Aliyev on Monday.", "2025-08-04")]
    [InlineData("He met Aliyev on Saturday.", "2025-08-09")]
    [InlineData("He met Aliyev on Friday.", "2025-08-08")]
    [InlineData("The agency approved the deal this week.", "2025-08")]
    [InlineData("The agency approved the deal last week.", "2025-08")]
    [InlineData("הרשות אישרה את העסקה בשבוע שעבר.", "2025-08")]
    [InlineData("בשבועות האחרונים עלתה האפשרות.", "2025-07")]
    [InlineData("The administration issued its first waiver last year.", "2024")]
    [InlineData("ובהמשך האביב הגיע לשם גם עוזרו.", "2025")]
    public void Relative_expressions_resolve_against_the_publication_date(string sentence, string expected)
    {
        var found = DateFinder.Find(sentence, Published, publishedIsEstimated: false);
        var relative = Assert.Single(found, d => d.Kind == DateMentionKind.Relative);
        Assert.Equal(expected, relative.Date.Format());
    }

    [Theory]
    [InlineData("השניים נפגשו אתמול.")]
    [InlineData("They met on Friday.")]
    [InlineData("They met last week.")]
    [InlineData("ויטקוף ביקר בבאקו במרץ.")]
    [InlineData("החתימה נקבעה ל-24 בנובמבר.")]
    public void Nothing_is_resolved_from_an_estimated_publication_date(string sentence)
    {
        var found = DateFinder.Find(sentence, Published, publishedIsEstimated: true);
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(DatePrecision.Unknown, d.Date.Precision));
    }

    [Theory]
    [InlineData("Call 907-555-2025 for rooms.")]
    [InlineData("המניה עלתה ב-0.8% היום בבורסה.", "היום")]
    [InlineData("העומס בסדר היום המדיני.")]
    [InlineData("Iran's area code 907 and 221 votes.")]
    [InlineData("They agreed to meet again next Saturday.")]
    public void Numbers_and_idioms_are_not_dates(string sentence, string? allowed = null)
    {
        var found = DateFinder.Find(sentence, Published, publishedIsEstimated: false);
        Assert.All(found, d => Assert.Equal(allowed, sentence[d.Start..d.End]));
    }

    [Fact]
    public void Same_day_refers_back_in_mixed_script_text()
    {
        var found = DateFinder.Find("ב-SOCAR מסרו כי העסקה נחתמה באותו יום.", Published, publishedIsEstimated: false);
        Assert.Equal(DateMentionKind.SameDay, Assert.Single(found).Kind);
    }

    [Fact]
    public void Since_and_bare_years_are_told_apart()
    {
        var found = DateFinder.Find("Section 907 has restricted aid since 1992; the 1992 act was amended in 2002.", Published, publishedIsEstimated: false);
        Assert.Equal([DateMentionKind.Since, DateMentionKind.Year, DateMentionKind.Year], found.Select(d => d.Kind));
    }
}
