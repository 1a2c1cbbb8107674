using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>Every labelled file and feed item of the dev corpus comes out with its labelled title, language, date and duplicate status.</summary>
public class CorpusLabelTests
{
    public static TheoryData<string> LabelledFiles() => new(Fixtures.Labels.Select(l => l.File));

    [Theory]
    [MemberData(nameof(LabelledFiles))]
    public void Title_is_the_printed_headline(string file)
    {
        var label = Fixtures.Labels.Single(l => l.File == file);
        Assert.Equal(Fixtures.Squash(label.Title), Fixtures.Squash(Fixtures.CorpusArticle(file).Title));
    }

    [Theory]
    [MemberData(nameof(LabelledFiles))]
    public void Language_is_detected(string file)
    {
        var label = Fixtures.Labels.Single(l => l.File == file);
        Assert.Equal(label.Language, Fixtures.CorpusArticle(file).Language);
    }

    [Theory]
    [MemberData(nameof(LabelledFiles))]
    public void Published_date_is_the_stated_one_in_its_own_offset(string file)
    {
        var label = Fixtures.Labels.Single(l => l.File == file);
        var article = Fixtures.CorpusArticle(file);
        Assert.Equal(label.Published, article.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(label.Published is null, article.PublishedSource == PublishedSource.None);
    }

    [Theory]
    [MemberData(nameof(LabelledFiles))]
    public void Stated_url_is_found_and_canonical(string file)
    {
        var label = Fixtures.Labels.Single(l => l.File == file);
        var article = Fixtures.CorpusArticle(file);
        if (label.Url is null) Assert.Null(article.CanonicalUrl);
        else Assert.Equal(UrlCanonicalizer.TryCanonicalize(label.Url), article.CanonicalUrl);
    }

    [Fact]
    public void Exact_reposts_match_their_original_by_fingerprint_and_nothing_else_matches()
    {
        var articles = Fixtures.Labels.Select(l => (l.File, l.DuplicateOf, Article: Fixtures.CorpusArticle(l.File))).ToList();
        var fingerprints = articles.ToDictionary(a => a.File, a => ContentFingerprint.Compute(a.Article));
        foreach (var (file, duplicateOf, article) in articles)
        {
            // what the web app does: an earlier article with the same canonical URL or fingerprint
            var matches = articles.Where(other => other.File != file
                && (fingerprints[other.File] == fingerprints[file]
                    || (article.CanonicalUrl is not null && other.Article.CanonicalUrl == article.CanonicalUrl)))
                .Select(other => other.File).ToList();
            var isOriginalOfSomething = articles.Any(a => a.DuplicateOf == file);
            if (duplicateOf is not null) Assert.Equal([duplicateOf], matches);
            else if (isOriginalOfSomething) Assert.Equal(articles.Where(a => a.DuplicateOf == file).Select(a => a.File), matches);
            else Assert.Empty(matches);
        }
    }

    [Fact]
    public void Parsing_is_thread_safe_and_deterministic()
    {
        string[] files = ["he02.html", "en05.html", "feed.xml", "he05.txt", "en04.txt"];
        var expected = files.ToDictionary(f => f, f => string.Join("\n", Fixtures.ParseCorpusFile(f).Articles.Select(a => a.Title + a.Text + a.SanitizedHtml + a.Published)));
        var results = new System.Collections.Concurrent.ConcurrentBag<(string File, string Result)>();
        Parallel.For(0, 40, i =>
        {
            var file = files[i % files.Length];
            var outcome = ArticleParser.Parse(File.ReadAllBytes(Fixtures.Corpus(file)), file, null);
            results.Add((file, string.Join("\n", outcome.Articles.Select(a => a.Title + a.Text + a.SanitizedHtml + a.Published))));
        });
        Assert.Equal(40, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.File], r.Result));
    }

    [Fact]
    public void Feed_yields_one_article_per_item_with_labels()
    {
        var outcome = Fixtures.ParseCorpusFile("feed.xml");
        Assert.Equal(InputKind.Feed, outcome.Kind);
        Assert.Equal(["#1", "#2", "#3", "#4", "#5", "#6"], outcome.Articles.Select(a => a.ItemLabel));
        Assert.All(outcome.Articles, a =>
        {
            Assert.Equal(PublishedSource.Feed, a.PublishedSource);
            Assert.Equal("Caspian–Levant Briefing", a.SourceName);
            Assert.False(string.IsNullOrWhiteSpace(a.Text));
        });
        // content:encoded wins over description when both exist; description alone still gives a body
        Assert.StartsWith("Azerbaijani Foreign Minister Jeyhun Bayramov inaugurated", outcome.Articles[0].Text);
        Assert.StartsWith("In a letter, Azerbaijan's president", outcome.Articles[1].Text);
    }

    [Fact]
    public void Html_pages_give_metadata_and_sanitised_main_content()
    {
        var article = Fixtures.CorpusArticle("he02.html");
        Assert.Equal(PublishedSource.Metadata, article.PublishedSource);
        Assert.Equal(new DateTimeOffset(2025, 2, 2, 9, 14, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("הגל הכלכלי", article.SourceName);
        Assert.Equal("אסדת הגז תמר (צילום ארכיון)", article.Caption);
        Assert.NotNull(article.SanitizedHtml);
        Assert.DoesNotContain("<script", article.SanitizedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("חברת הנפט הממשלתית של אזרבייג'ן, SOCAR", article.SanitizedHtml);
        Assert.DoesNotContain("פרסומת", article.Text);
    }
}
