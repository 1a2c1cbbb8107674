using System.Text;
using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

public class DecodingAndDetectionTests
{
    static DecodingAndDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Hebrew = "שר החוץ נפגש היום עם עמיתו בבירה לשיחה ארוכה על שיתוף הפעולה בין המדינות.";

    [Theory]
    [InlineData(1255)]
    [InlineData(28598)]
    public void Single_byte_hebrew_code_pages_are_detected(int codePage)
    {
        var (text, _, error) = TextDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(Hebrew + "\n" + Hebrew));
        Assert.Null(error);
        Assert.StartsWith(Hebrew, text);
    }

    [Fact]
    public void Big_endian_utf16_without_bom_is_detected_by_its_nul_pattern()
    {
        var (text, encoding, error) = TextDecoder.Decode(new UnicodeEncoding(true, false).GetBytes("Plain English text, no BOM. " + Hebrew));
        Assert.Null(error);
        Assert.Equal("utf-16BE", encoding);
        Assert.EndsWith(Hebrew, text);
    }

    [Fact]
    public void Cleaning_normalises_to_nfc_and_removes_controls_but_keeps_paragraphs()
    {
        var decomposed = "e\u0301tude\u0007 \u202Etext\u202C\r\n\r\n\r\nnext\u00A0 line\u200B";
        var cleaned = TextCleaner.CleanBody(decomposed);
        Assert.Equal("\u00E9tude text\n\nnext line", cleaned);
        Assert.Equal("a b c", TextCleaner.CleanLine("a\nb\t\u2066c\u2069"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", InputKind.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", InputKind.Feed)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", InputKind.Feed)]
    [InlineData("Just a headline\n\nAnd a body paragraph.", InputKind.Text)]
    public void Content_without_a_name_is_sniffed(string content, InputKind kind) =>
        Assert.Equal(kind, InputTypeDetector.FromText(content));

    [Fact]
    public void Html_without_paragraph_tags_splits_on_line_breaks_and_og_title_site_suffix_is_removed()
    {
        const string html = """
            <html lang="en"><head><title>x</title><meta property="og:site_name" content="Valley Post">
            <meta property="og:title" content="Bridge reopens after repairs | Valley Post"></head>
            <body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div class="entry">The old river bridge reopened to traffic on Friday after four months of repairs to its deck and railings.<br><br>
            Engineers said the structure would now last another thirty years, provided heavy lorries keep to the bypass.<br><br>
            The council thanked residents for their patience during the long detour through the town centre.</div>
            <div class="footer-links"><a href="/about">About us</a></div></body></html>
            """;
        var article = Assert.Single(Fixtures.Parse(System.Text.Encoding.UTF8.GetBytes(html), "bridge.html").Articles);
        Assert.Equal("Bridge reopens after repairs", article.Title);
        Assert.Equal("Valley Post", article.SourceName);
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("The old river bridge reopened", paragraphs[0]);
        Assert.DoesNotContain("About us", article.Text);
    }

    [Fact]
    public void Body_split_into_sibling_blocks_around_an_ad_is_read_whole()
    {
        var block = (int n) => string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<p>Paragraph {n}.{i} of the report describes the budget debate in the council chamber, with figures, quotes and reactions.</p>"));
        var html = $"""
            <html lang="en"><head><title>Budget debate runs late | City Paper</title></head><body>
            <div class="article-body"><div class="text-block">{block(1)}</div><div class="ad-slot">Advertisement</div>
            <div class="text-block">{block(2)}</div><div class="text-block">{block(3)}</div></div>
            <div class="related-links"><p>Other stories from the council chamber, with figures and quotes, read more here.</p></div></body></html>
            """;
        var article = Assert.Single(Fixtures.Parse(System.Text.Encoding.UTF8.GetBytes(html), "split.html").Articles);
        Assert.Equal(9, article.Text.Split("\n\n").Length);
        Assert.StartsWith("Paragraph 1.1", article.Text);
        Assert.EndsWith("reactions.", article.Text);
        Assert.DoesNotContain("Other stories", article.Text);
        Assert.DoesNotContain("Advertisement", article.Text);
    }

    [Fact]
    public void Page_source_saved_as_txt_is_read_as_html()
    {
        var article = Assert.Single(Fixtures.Parse(File.ReadAllBytes(Fixtures.Corpus("en01.html")), "saved-source.txt").Articles);
        Assert.Equal("Netanyahu, Rubio vow to keep nuclear weapons out of Tehran's reach", article.Title);
        Assert.NotNull(article.SanitizedHtml);
    }

    [Fact]
    public void Atom_feeds_are_read_with_published_dates_and_links()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Atom Test Desk</title>
              <entry>
                <title type="html">Ministers meet &lt;b&gt;in Baku&lt;/b&gt;</title>
                <link rel="alternate" href="https://atom.example.org/2025/01/02/meeting?utm_campaign=x"/>
                <published>2025-01-02T09:30:00+04:00</published>
                <updated>2025-01-03T09:30:00+04:00</updated>
                <content type="html">&lt;p&gt;The two ministers met in Baku on Thursday to discuss energy cooperation and new flights.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content>
              </entry>
              <entry>
                <title>Second entry</title>
                <link href="https://atom.example.org/second"/>
                <updated>2025-01-04T10:00:00Z</updated>
                <summary>Only a summary is given for this entry, and it is long enough to be a body.</summary>
              </entry>
            </feed>
            """;
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(atom), "feed.atom");
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Equal(2, outcome.Articles.Count);
        var first = outcome.Articles[0];
        Assert.Equal("Ministers meet in Baku", first.Title);
        Assert.Equal("https://atom.example.org/2025/01/02/meeting", first.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 9, 30, 0, TimeSpan.FromHours(4)), first.Published);
        Assert.Equal("Atom Test Desk", first.SourceName);
        Assert.DoesNotContain("<script", first.SanitizedHtml);
        Assert.Equal("#2", outcome.Articles[1].ItemLabel);
        Assert.Equal(new DateTimeOffset(2025, 1, 4, 10, 0, 0, TimeSpan.Zero), outcome.Articles[1].Published);
        Assert.StartsWith("Only a summary", outcome.Articles[1].Text);
    }

    [Fact]
    public void Feed_items_over_the_limit_are_skipped_with_a_warning()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => $"<item><title>Item {i} title here</title><description>Body of item number {i}, long enough to count as text.</description></item>"));
        var xml = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>{items}</channel></rss>";
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(xml), "many.rss", null, IngestLimits.Default with { MaxItemsPerFeed = 3 });
        Assert.Equal(3, outcome.Articles.Count);
        Assert.Contains(outcome.Warnings, w => w.Contains("only the first 3"));
    }

    [Theory]
    [InlineData("Headline here | The Site", "The Site", "Headline here")]
    [InlineData("Headline here - The Site", null, "Headline here")]
    [InlineData("Headline here – Site", null, "Headline here")]
    [InlineData("Netanyahu, Rubio vow to keep nuclear weapons out of Tehran's reach | The Levant Dispatch", null, "Netanyahu, Rubio vow to keep nuclear weapons out of Tehran's reach")]
    [InlineData("Analysis: Iran - the long view of a short crisis in the region", null, "Analysis: Iran - the long view of a short crisis in the region")]
    public void Site_suffix_is_removed_from_html_titles(string title, string? site, string expected) =>
        Assert.Equal(expected, HtmlArticleParser.StripSiteSuffix(title, site));

    [Fact]
    public void Html_published_date_falls_back_to_json_ld_then_time_element()
    {
        const string jsonLd = """<html><head><title>T one two</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00+01:00"}]}</script></head><body><article><p>Body text of the article, long enough to be a paragraph of prose.</p><time datetime="2020-01-01">old</time></article></body></html>""";
        var article = Assert.Single(Fixtures.Parse(Encoding.UTF8.GetBytes(jsonLd), "a.html").Articles);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal(PublishedSource.Metadata, article.PublishedSource);

        const string time = """<html lang="en"><head><title>T one two</title></head><body><article><time datetime="2023-07-09T12:00:00+03:00">9 July</time><p>Body text of the article, long enough to be a paragraph of prose.</p></article></body></html>""";
        Assert.Equal(new DateTimeOffset(2023, 7, 9, 12, 0, 0, TimeSpan.FromHours(3)), Assert.Single(Fixtures.Parse(Encoding.UTF8.GetBytes(time), "b.html").Articles).Published);
    }

    [Theory]
    [InlineData("Prime Minister Benjamin Netanyahu met the envoy in Jerusalem on Sunday.", null, "en")]
    [InlineData("ראש הממשלה בנימין נתניהו נפגש עם השליח Steve Witkoff בירושלים ביום ראשון.", null, "he")]
    [InlineData("Le ministre a rencontré son homologue à Paris pour discuter du commerce.", "fr-FR", "fr")]
    public void Language_comes_from_the_letters_with_the_declared_tag_as_tie_breaker(string text, string? declared, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, declared));
}
