using System.Diagnostics;
using System.Text;
using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>Issue 3 §7: bad input gets a clear error (413/415/422), hostile markup is neutralised, and nothing hangs.</summary>
public class HostileInputTests
{
    private static ParseOutcome ParseHostile(string file) => Fixtures.Parse(File.ReadAllBytes(Fixtures.Hostile(file)), file, null);

    [Fact]
    public void Oversize_file_is_413_before_any_parsing()
    {
        var content = new byte[IngestLimits.Default.MaxFileBytes + 1];
        Array.Fill(content, (byte)'a');
        var outcome = Fixtures.Parse(content, "big.txt", "text/plain");
        Assert.Equal(IngestErrorKind.TooLarge, outcome.Error?.Kind);
        Assert.Equal(413, outcome.Error!.HttpStatus);
        Assert.Contains("10 MB", outcome.Error.Message);
    }

    [Fact]
    public void Configured_limits_apply_per_file_and_per_request()
    {
        var limits = IngestLimits.Default with { MaxFileBytes = 100, MaxRequestBytes = 1000 };
        var outcome = Fixtures.Parse(File.ReadAllBytes(Fixtures.Hostile("hebrew-utf8-bom.txt")), "a.txt", null, limits);
        Assert.Equal(413, outcome.Error?.HttpStatus);
        Assert.Null(limits.RequestTooLarge(1000));
        Assert.Equal(413, limits.RequestTooLarge(1001)?.HttpStatus);
    }

    [Theory]
    [InlineData("image.png")]
    [InlineData("image-named-article.txt")]
    [InlineData("archive.zip")]
    [InlineData("document.pdf")]
    [InlineData("program.exe")]
    [InlineData("report.docx")]
    public void Wrong_types_are_415(string file)
    {
        var outcome = ParseHostile(file);
        Assert.Equal(IngestErrorKind.UnsupportedType, outcome.Error?.Kind);
        Assert.Equal(415, outcome.Error!.HttpStatus);
        Assert.Contains(".txt", outcome.Error.Message); // says what would be accepted
    }

    [Fact]
    public void Declared_image_type_without_a_name_is_415_and_sniffed_pdf_without_a_name_too()
    {
        Assert.Equal(415, Fixtures.Parse("hello world"u8.ToArray(), null, "image/jpeg").Error?.HttpStatus);
        Assert.Equal(415, Fixtures.Parse(File.ReadAllBytes(Fixtures.Hostile("document.pdf")), null, null).Error?.HttpStatus);
    }

    [Theory]
    [InlineData("binary-with-text-name.txt")]
    [InlineData("control-chars.txt")]
    public void Binary_content_under_a_text_name_is_422(string file)
    {
        var outcome = ParseHostile(file);
        Assert.Equal(IngestErrorKind.Binary, outcome.Error?.Kind);
        Assert.Equal(422, outcome.Error!.HttpStatus);
    }

    [Theory]
    [InlineData("hebrew-windows-1255.txt", "windows-1255")]
    [InlineData("hebrew-iso-8859-8.txt", "windows-1255")]
    [InlineData("hebrew-utf16le-bom.txt", "utf-16")]
    [InlineData("hebrew-utf16be-bom.txt", "utf-16BE")]
    [InlineData("hebrew-utf16le-nobom.txt", "utf-16")]
    [InlineData("hebrew-utf8-bom.txt", "utf-8")]
    public void Legacy_and_utf16_encodings_decode_to_the_same_article(string file, string encoding)
    {
        var outcome = ParseHostile(file);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Equal(encoding, outcome.Encoding);
        var article = Assert.Single(outcome.Articles);
        Assert.Equal("שר החוץ נפגש עם עמיתו בבירה לשיחה על שיתוף פעולה", article.Title);
        Assert.Equal("he", article.Language);
        Assert.Equal(new DateOnly(2025, 11, 24), DateOnly.FromDateTime(article.Published!.Value.DateTime));
        Assert.StartsWith("שר החוץ נפגש היום עם עמיתו בבירה", article.Text);
        Assert.DoesNotContain("מזג האוויר", article.Text);
        Assert.Equal(3, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Html_declaring_windows_1255_is_decoded_by_its_declaration()
    {
        var outcome = ParseHostile("hebrew-windows-1255.html");
        Assert.Equal("windows-1255", outcome.Encoding);
        Assert.Equal("שר החוץ נפגש עם עמיתו בבירה", Assert.Single(outcome.Articles).Title);
    }

    [Fact]
    public void Xss_payloads_do_not_survive_in_sanitised_html_or_text()
    {
        var article = Assert.Single(ParseHostile("xss.html").Articles);
        var html = article.SanitizedHtml!;
        Assert.Contains("The city council approved the harbour redevelopment plan", html);
        foreach (var forbidden in (string[])["<script", "onerror", "onclick", "onload", "onmouseover", "<iframe", "javascript:", "<svg", "<form", "<object", "<embed", "document.cookie"])
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("https://example.org/plan", html); // ordinary links stay
        Assert.DoesNotContain("document.location", article.Text);
        Assert.DoesNotContain("alert(", article.Text);
    }

    [Theory]
    [InlineData("xxe.xml")]
    [InlineData("billion-laughs.xml")]
    public void Dtd_feeds_fail_cleanly_without_expanding_anything(string file)
    {
        var watch = Stopwatch.StartNew();
        var outcome = ParseHostile(file);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(IngestErrorKind.Malformed, outcome.Error?.Kind);
        Assert.Equal(422, outcome.Error!.HttpStatus);
        Assert.Contains("DTD", outcome.Error.Message);
        Assert.Empty(outcome.Articles);
    }

    [Theory]
    [InlineData("not-a-feed.xml", "not an RSS 2.0 or Atom feed")]
    [InlineData("broken-feed.xml", "not well-formed XML")]
    public void Xml_that_is_not_a_usable_feed_is_422_with_the_reason(string file, string reason)
    {
        var outcome = ParseHostile(file);
        Assert.Equal(422, outcome.Error?.HttpStatus);
        Assert.Contains(reason, outcome.Error!.Message);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("table")]
    public void Hundred_thousand_nested_elements_are_rejected_quickly(string element)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) html.Append('<').Append(element).Append('>');
        html.Append("deep");
        for (var i = 0; i < 100_000; i++) html.Append("</").Append(element).Append('>');
        html.Append("</body></html>");
        var watch = Stopwatch.StartNew();
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(html.ToString()), "deep.html", null);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(IngestErrorKind.Malformed, outcome.Error?.Kind);
        Assert.Contains("levels deep", outcome.Error!.Message);
    }

    [Fact]
    public void Deeply_nested_feed_is_rejected_quickly()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>");
        for (var i = 0; i < 50_000; i++) xml.Append("<a>");
        for (var i = 0; i < 50_000; i++) xml.Append("</a>");
        xml.Append("</description></item></channel></rss>");
        var watch = Stopwatch.StartNew();
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(xml.ToString()), "deep.xml", null);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(422, outcome.Error?.HttpStatus);
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        // 450 levels: deeper than any real page, still inside the default limit, and safe for every tree walk after it.
        var html = new StringBuilder("<html><head><title>Nested but fine</title></head><body>");
        for (var i = 0; i < 450; i++) html.Append(i % 2 == 0 ? "<div>" : "<span>");
        html.Append("The text sits a hundred levels down, which is unusual for a page but well inside the limit.");
        for (var i = 449; i >= 0; i--) html.Append(i % 2 == 0 ? "</div>" : "</span>");
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(html.ToString()), "nested.html", null);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Contains("a hundred levels down", Assert.Single(outcome.Articles).Text);
    }

    [Fact]
    public void Megabyte_long_line_in_html_finishes_within_bounds()
    {
        var line = string.Concat(Enumerable.Repeat("The committee heard more testimony, ", 30_000)); // ~1 MB, one line
        var html = $"<html><head><title>Long hearing | Test Gazette</title></head><body><article><h1>Long hearing</h1><p>{line}</p><p data-x=\"{new string('x', 1_000_000)}\">Second paragraph.</p></article></body></html>";
        var watch = Stopwatch.StartNew();
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(html), "long.html", null);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        var article = Assert.Single(outcome.Articles);
        Assert.Equal("Long hearing", article.Title);
        Assert.True(article.Text.Length > 1_000_000);
    }

    [Fact]
    public void Megabyte_long_line_in_text_finishes_within_bounds()
    {
        var text = "Long testimony\n\n" + string.Concat(Enumerable.Repeat("עדות ארוכה מאוד נשמעה בוועדה, ", 40_000)) + "סוף.\n";
        var watch = Stopwatch.StartNew();
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(text), "long.txt", null);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        var article = Assert.Single(outcome.Articles);
        Assert.True(article.Text.Length > 1_000_000);
        var signature = StorySignature.Compute(article); // de-dup helpers stay linear too
        Assert.NotEmpty(ContentFingerprint.Compute(article));
        Assert.True(StorySignature.Similarity(signature, signature) > 0.9);
    }

    [Fact]
    public void Too_many_elements_is_rejected()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 1000; i++) html.Append("<span>x</span>");
        var limits = IngestLimits.Default with { MaxHtmlElements = 500 };
        var outcome = Fixtures.Parse(Encoding.UTF8.GetBytes(html.ToString()), "many.html", null, limits);
        Assert.Equal(422, outcome.Error?.HttpStatus);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ArticleParser.Parse(File.ReadAllBytes(Fixtures.Corpus("en01.html")), "en01.html", null, null, cancelled.Token));
    }

    [Fact]
    public void Impossible_metadata_date_is_dropped_with_a_warning()
    {
        var article = Assert.Single(ParseHostile("impossible-date.html").Articles);
        Assert.Null(article.Published);
        Assert.Equal(PublishedSource.None, article.PublishedSource);
        Assert.Contains(article.Warnings, w => w.Contains("2025-02-30") && w.Contains("no day 30"));
        Assert.Equal("Budget talks resume", article.Title);
    }

    [Fact]
    public void Impossible_feed_dates_are_dropped_with_warnings_and_real_ones_kept()
    {
        var articles = ParseHostile("impossible-dates-feed.xml").Articles;
        Assert.Equal(4, articles.Count);
        Assert.All(articles.Take(3), a =>
        {
            Assert.Null(a.Published);
            Assert.Single(a.Warnings, w => w.StartsWith("Impossible date"));
        });
        Assert.Contains("3000", articles[0].Warnings[0]);
        Assert.Contains("1850", articles[1].Warnings[0]);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 8, 0, 0, TimeSpan.Zero), articles[3].Published);
        Assert.Equal("https://example.org/real", articles[3].CanonicalUrl);
    }

    [Fact]
    public void Impossible_dateline_is_dropped_with_a_warning()
    {
        var article = Assert.Single(ParseHostile("impossible-dateline.txt").Articles);
        Assert.Null(article.Published);
        Assert.Contains(article.Warnings, w => w.Contains("30.02.2025"));
        Assert.Equal("Harbour ferry service returns after repairs", article.Title);
    }

    [Fact]
    public void Future_dates_are_impossible_when_the_caller_passes_a_clock()
    {
        var limits = IngestLimits.Default with { Now = new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero) };
        var articles = Fixtures.Parse(File.ReadAllBytes(Fixtures.Hostile("impossible-dates-feed.xml")), "f.xml", null, limits).Articles;
        Assert.Null(articles[3].Published);
        Assert.Contains(articles[3].Warnings, w => w.Contains("future"));
    }

    [Theory]
    [InlineData("bidi-title.html")]
    [InlineData("bidi-title.txt")]
    public void Bidi_overrides_and_controls_are_removed_from_titles_and_text(string file)
    {
        var article = Assert.Single(ParseHostile(file).Articles);
        Assert.Equal("Minister gnirut resigns today", article.Title);
        foreach (var text in new[] { article.Title, article.Text, article.SanitizedHtml ?? "" })
        {
            Assert.DoesNotContain(text, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' || (char.IsControl(c) && c != '\n'));
        }
        Assert.Contains("named within days, after", article.Text);
    }

    [Fact]
    public void Empty_input_is_a_clear_422()
    {
        var outcome = Fixtures.Parse(Array.Empty<byte>(), "empty.txt", null);
        Assert.Equal(422, outcome.Error?.HttpStatus);
        Assert.Contains("empty", outcome.Error!.Message);
    }
}
