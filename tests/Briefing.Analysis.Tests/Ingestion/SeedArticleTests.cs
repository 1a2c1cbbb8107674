using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>The canonical seed: a Hebrew page copied by hand from a news site, read from ../shared/seeds (never copied into the repo).</summary>
public class SeedArticleTests
{
    private static ParsedArticle Seed()
    {
        var outcome = Fixtures.Parse(File.ReadAllBytes(Fixtures.Seed()), "000_7678fdd83c2c5ead.txt", "text/plain");
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        return Assert.Single(outcome.Articles);
    }

    [Fact]
    public void Headline_and_sub_headline_are_found()
    {
        var article = Seed();
        Assert.Equal("ישראל, אזרבייג'ן וטראמפ", article.Title);
        Assert.NotNull(article.Subtitle);
        Assert.StartsWith("תיאום מול ארה\"ב ושת\"פ: פגישת יועץ הנשיא האזרי עם רה\"מ", article.Subtitle);
    }

    [Fact]
    public void Source_line_and_caption_are_recognised_and_kept_out_of_the_body()
    {
        var article = Seed();
        Assert.Equal("כיכר השבת", article.SourceName);
        Assert.Equal("הפגישה בין חגיייב לנתניהו (צילום: משרד החוץ)", article.Caption);
        Assert.DoesNotContain("(צילום:", article.Text);
        Assert.DoesNotContain("| כיכר השבת |", article.Text);
    }

    [Fact]
    public void Body_starts_with_the_advisers_paragraph_and_ends_with_the_article()
    {
        var article = Seed();
        Assert.StartsWith("יועץ הנשיא האזרי וראש מחלקת ענייני החוץ במשרד הנשיאות, חיכמת חגיייב, ביקר בישראל", article.Text);
        Assert.EndsWith("לקראת שיתוף פעולה אזורי נרחב יותר.", article.Text);
        Assert.Equal(9, article.Text.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("הכתבה עניינה אותך?")]
    [InlineData("תהילים להצלחת ולרפואת חיילי צה״ל ולהשבת החטופים")]
    [InlineData("נקראים כעת")]
    [InlineData("תוכן שאסור לפספס")]
    [InlineData("0 תגובות")]
    [InlineData("אין לשלוח תגובות הכוללות דברי הסתה")]
    [InlineData("עכשיו בכותרות")]
    public void Boilerplate_after_the_article_is_dropped(string boilerplate) => Assert.DoesNotContain(boilerplate, Seed().Text);

    [Fact]
    public void No_date_in_the_page_means_no_published_date()
    {
        var article = Seed();
        Assert.Null(article.Published);
        Assert.Equal(PublishedSource.None, article.PublishedSource);
        Assert.Equal("he", article.Language);
    }

    [Fact]
    public void Pasting_the_same_text_gives_the_same_article_and_a_typed_title_wins()
    {
        var text = File.ReadAllText(Fixtures.Seed());
        var pasted = Assert.Single(Fixtures.ParsePasted(text).Articles);
        Assert.Equal(Seed().Text, pasted.Text);
        var titled = Assert.Single(Fixtures.ParsePasted(text, "כותרת שהוקלדה", "מקור שהוקלד").Articles);
        Assert.Equal("כותרת שהוקלדה", titled.Title);
        Assert.Equal("מקור שהוקלד", titled.SourceName);
    }
}
