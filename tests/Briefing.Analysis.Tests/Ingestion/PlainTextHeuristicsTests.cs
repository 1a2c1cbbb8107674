using System.Text;
using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>
/// Pastes shaped unlike the corpus (texts written for these tests), so the heuristics are checked as general rules:
/// no furniture, other caption and date styles, hard-wrapped lines, no headline, a short note.
/// </summary>
public class PlainTextHeuristicsTests
{
    private static ParsedArticle Paste(string text) => Assert.Single(Fixtures.ParsePasted(text).Articles);

    [Fact]
    public void Bare_headline_and_paragraphs()
    {
        var article = Paste("""
            Port strike ends after three weeks

            Dock workers in the northern port voted on Tuesday to accept a new contract, ending a strike that had stranded hundreds of containers.

            The union said the agreement included a pay rise of 6 percent over two years and new limits on overtime.

            Shipping companies expect the backlog to clear by the end of the month.
            """);
        Assert.Equal("Port strike ends after three weeks", article.Title);
        Assert.Equal(3, article.Text.Split("\n\n").Length);
        Assert.StartsWith("Dock workers in the northern port", article.Text);
        Assert.Null(article.Published);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Hebrew_page_with_menu_caption_first_and_read_more_list()
    {
        var article = Paste("""
            חדשות הצפון | ספורט | כלכלה | תרבות | דעות
            ראשי > חדשות > אזורי

            מועצת העיר אישרה את תוכנית הנמל החדשה
            אחרי דיון סוער של שש שעות הצביעו רוב החברים בעד • האופוזיציה: "העלות תכפיל את עצמה"
            צילום: דוברות העירייה
            מאת שירה לוי · 24 בנובמבר 2025

            מועצת העיר אישרה אמש את תוכנית הפיתוח של אזור הנמל, לאחר דיון ממושך שבו הועלו השגות רבות על העלות ועל לוח הזמנים.

            לפי התוכנית, יוקמו באזור טיילת, שני מבני ציבור ומאות יחידות דיור, והעבודות יחלו בתחילת השנה הבאה.

            ראש העירייה אמר בסיום הישיבה כי מדובר ב"יום היסטורי לעיר", והבטיח כי התושבים יהיו שותפים בכל שלב.

            קראו עוד
            › הגשם חוזר: התחזית לסוף השבוע
            › מחירי הדירות בעיר עלו ב-4%
            › הקבוצה המקומית עלתה לליגה הבכירה

            שתפו: פייסבוק | וואטסאפ | טוויטר
            12 תגובות
            """);
        Assert.Equal("מועצת העיר אישרה את תוכנית הנמל החדשה", article.Title);
        Assert.StartsWith("אחרי דיון סוער", article.Subtitle);
        Assert.Equal("צילום: דוברות העירייה", article.Caption);
        Assert.Equal("2025-11-24", article.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(PublishedSource.Dateline, article.PublishedSource);
        Assert.StartsWith("מועצת העיר אישרה אמש", article.Text);
        Assert.EndsWith("יהיו שותפים בכל שלב.", article.Text);
        Assert.DoesNotContain("התחזית לסוף השבוע", article.Text);
        Assert.DoesNotContain("תגובות", article.Text);
    }

    [Fact]
    public void Hard_wrapped_email_text_is_rejoined_and_us_dates_read_month_first()
    {
        var article = Paste("""
            Council delays vote on water rates
            Published: 11/24/2025

            The city council on Monday postponed a vote on new water rates until
            next month, saying it needed more time to study the impact on low-income
            households and small businesses in the eastern districts.

            The utility had asked for an increase of 9 percent to pay for repairs to
            the main pipeline, which burst twice last winter and left thousands of
            residents without water for several days.
            """);
        Assert.Equal("Council delays vote on water rates", article.Title);
        Assert.Equal("2025-11-24", article.Published?.ToString("yyyy-MM-dd"));
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(2, paragraphs.Length);
        Assert.Contains("until next month, saying", paragraphs[0]);
    }

    [Fact]
    public void No_headline_uses_the_first_sentence_and_says_so()
    {
        var article = Paste("The finance ministry said on Sunday that tax revenue rose by 4 percent in October compared with the same month last year. Officials attributed the rise to higher consumer spending.\n\nEconomists cautioned that the figures could be revised.");
        Assert.StartsWith("The finance ministry said on Sunday", article.Title);
        Assert.True(article.Title.Length <= 121);
        Assert.Contains(article.Warnings, w => w.Contains("No headline"));
        Assert.StartsWith("The finance ministry said on Sunday", article.Text);
    }

    [Fact]
    public void Two_word_headline_is_still_the_title()
    {
        var article = Paste("סערה בכנסת\n\nחברי הכנסת התווכחו אמש בקולי קולות על הצעת התקציב, והישיבה ננעלה לאחר שיושב הראש הוציא שלושה חברים מהאולם.\n\nהדיון יימשך היום בוועדת הכספים, שם צפויה הצבעה על הסעיפים השנויים במחלוקת.");
        Assert.Equal("סערה בכנסת", article.Title);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_short_note_keeps_its_content()
    {
        var article = Paste("Meeting moved\nThe board meeting moved to Thursday");
        Assert.Equal("Meeting moved", article.Title);
        Assert.Equal("The board meeting moved to Thursday", article.Text);
    }

    [Fact]
    public void English_page_with_photo_credit_updated_stamp_and_newsletter_box()
    {
        var article = Paste("""
            THE HARBOUR GAZETTE
            Home · Local · Business · Sport · Opinion

            LOCAL
            Ferry operator adds winter sailings
            Extra departures on weekends from December, the company says
            Photo: Harbour Gazette staff
            Updated 2 hours ago

            The ferry operator will add four weekend sailings between the mainland and the islands from December, it said on Wednesday.

            The company said demand over the past two winters had outgrown the timetable, with cars regularly left behind on Saturday mornings.

            Island councillors welcomed the change but said weekday services also needed attention.

            Sign up for our newsletter
            Get the day's top local stories in your inbox every morning.
            Most popular
            1. Road works on the coast road
            2. New bakery opens on the quay
            © 2025 The Harbour Gazette
            """);
        Assert.Equal("Ferry operator adds winter sailings", article.Title);
        Assert.Equal("Photo: Harbour Gazette staff", article.Caption);
        Assert.Null(article.Published); // "2 hours ago" is no date
        Assert.StartsWith("The ferry operator will add", article.Text);
        Assert.EndsWith("weekday services also needed attention.", article.Text);
        Assert.DoesNotContain("newsletter", article.Text);
        Assert.DoesNotContain("bakery", article.Text);
        Assert.Equal("The Harbour Gazette", article.SourceName);
    }

    [Fact]
    public void Read_also_links_inside_the_body_are_dropped()
    {
        var article = Paste("""
            Library reopens after renovation

            The central library reopened on Saturday after an eighteen-month renovation that added a children's wing, a café and a rooftop reading room, the city's cultural department said in a statement on Friday evening.

            Read also: City council approves the new budget for schools and libraries next year

            Visitors queued before the doors opened, and the first thousand received a commemorative bookmark designed by pupils from the neighbourhood's primary schools, who also painted the murals in the new wing.
            """);
        Assert.DoesNotContain("Read also", article.Text);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Repeated_promo_lines_are_furniture_even_when_long()
    {
        const string promo = "Subscribe today and get unlimited access to every story, podcast and newsletter we publish.";
        var article = Paste($"""
            Library reopens after renovation
            {promo}

            The central library reopened on Saturday after an eighteen-month renovation that added a children's wing and a café.

            Visitors queued before the doors opened, and the first thousand received a commemorative bookmark.

            {promo}
            """);
        Assert.DoesNotContain("Subscribe today", article.Text);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Windows_line_endings_and_tabs_make_no_difference()
    {
        const string text = "Port strike ends after three weeks\n\nDock workers in the northern port voted on Tuesday to accept a new contract, ending a strike.\n\nThe union said the agreement included a pay rise of 6 percent over two years.";
        var unix = Paste(text);
        var windows = Paste(text.Replace("\n", "\r\n").Replace(" ", " \t"));
        Assert.Equal(unix.Title, windows.Title);
        Assert.Equal(unix.Text, windows.Text);
        Assert.Equal(ContentFingerprint.Compute(unix), ContentFingerprint.Compute(windows));
        _ = Encoding.UTF8;
    }
}
