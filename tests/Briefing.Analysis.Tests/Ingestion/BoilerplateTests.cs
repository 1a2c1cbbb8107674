namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>Site furniture around the article — sidebars, flash lists, promo lists, comments — stays out of the body.</summary>
public class BoilerplateTests
{
    [Theory]
    // text pastes: promo list, flash list, "most read", comments, share bars, ads, footers
    [InlineData("he09.txt", "סיעת דגל התורה הודיעה אמש (שני) כי חבריה פורשים", "מבזק: איראן מאיימת על ספינות במפרץ")]
    [InlineData("he09.txt", "זמן קצר לאחר מכן הורתה מועצת גדולי התורה", "ארה\"ב: הודעה חדשה על מכסים")]
    [InlineData("he09.txt", "עם פרישת יהדות התורה נותרת לרה\"מ נתניהו קואליציה", "המערכת שומרת לעצמה את הזכות")]
    [InlineData("he03.txt", "ראש הממשלה בנימין נתניהו החליט לדחות את ביקורו", "איראן: 'נגיב לכל תוקפנות'")]
    [InlineData("he03.txt", "זה היה אמור להיות ביקורו השלישי של נתניהו", "הצטרפו לערוץ הטלגרם")]
    [InlineData("he01.txt", "חיקמט חאג'ייב, עוזר נשיא אזרבייג'ן", "סוף סוף מדינה מוסלמית שמבינה מי האויב האמיתי")]
    [InlineData("he01.txt", "בלשכת רה\"מ לא מסרו פרטים נוספים", "נר לעילוי נשמת הנופלים")]
    [InlineData("he12.txt", "איזה ערב לכדורגל האזרי", "ההימור של השבוע")]
    [InlineData("he11.txt", "השורה התחתונה: יצירה מבריקה וקשה", "המועמדים שלנו לפרס השחקנית")]
    [InlineData("en04.txt", "British Foreign Secretary David Lammy said", "Markets: oil jumps on Iran sanctions news")]
    [InlineData("en04.txt", "In Washington, Secretary of State Marco Rubio welcomed", "ADVERTISEMENT")]
    [InlineData("en08.txt", "No date has been set for the embassy's opening.", "Lapid hands over to Netanyahu next month")]
    [InlineData("en03.txt", "For Baku, 907 has always been more about symbolism than money.", "Why the Minsk Group never delivered")]
    [InlineData("en03.txt", "The summit also produced a U.S.-Azerbaijan memorandum", "reader-supported")]
    [InlineData("en10.txt", "Local tour operators say a handful of international reporters", "Classifieds: 2 BR apartment")]
    [InlineData("en10.txt", "The military said base access would be restricted", "tips@northernlightcourier.com")]
    [InlineData("en12.txt", "Russian President Vladimir Putin on Thursday repeated his apology", "Read next: Why Embraer E-jets")]
    // saved pages: sidebars, related links, reader comments, footers
    [InlineData("en09.html", "U.S. Secretary of State Marco Rubio and Chinese Foreign Minister Wang Yi", "snapback")]
    [InlineData("en11.html", "Prime Minister Benjamin Netanyahu took the witness stand", "Iran")]
    [InlineData("he10.html", "נבחרת ישראל ספגה הערב (שבת) תבוסה 0:5", "ארה\"ב")]
    [InlineData("he08.html", "חברת הנפט הממשלתית של אזרבייג'ן, SOCAR", "איראן מאיימת")]
    [InlineData("he02.html", "חברת הנפט הממשלתית של אזרבייג'ן, SOCAR", "מדד המחירים לצרכן")]
    public void Body_keeps_the_article_and_drops_the_furniture(string file, string bodySentence, string boilerplate)
    {
        var article = Fixtures.CorpusArticle(file);
        Assert.Contains(bodySentence, article.Text);
        Assert.DoesNotContain(boilerplate, article.Text);
    }

    [Fact]
    public void Reader_comments_on_a_saved_page_are_not_body()
    {
        var html = File.ReadAllText(Fixtures.Corpus("he06.html"));
        var article = Fixtures.CorpusArticle("he06.html");
        var comments = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelectorAll("[class*=comment] p, [class*=comment] li, [id*=comment] p")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 10).ToList();
        Assert.NotEmpty(comments);
        Assert.All(comments, comment => Assert.DoesNotContain(comment, article.Text));
    }

    [Fact]
    public void Paragraphs_are_separated_by_one_blank_line()
    {
        var article = Fixtures.CorpusArticle("en04.txt");
        var paragraphs = article.Text.Split("\n\n");
        Assert.True(paragraphs.Length >= 5);
        Assert.All(paragraphs, p => Assert.False(p.Contains('\n') || p.Trim() != p || p.Length == 0));
    }
}
