using System.Text;
using System.Text.RegularExpressions;
using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>
/// The corpus again, in the shapes unseen inputs take: pastes whose blank lines were lost or doubled, and saved pages
/// without Open Graph or article metadata (title then comes from h1/&lt;title&gt;, the date from the printed byline).
/// </summary>
public class CorpusRobustnessTests
{
    public static TheoryData<string> TextFiles() => new(Fixtures.Labels.Select(l => l.File).Where(f => f.EndsWith(".txt")));
    public static TheoryData<string> HtmlFiles() => new(Fixtures.Labels.Select(l => l.File).Where(f => f.EndsWith(".html")));

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void Pastes_without_or_with_extra_blank_lines_read_the_same(string file)
    {
        var raw = File.ReadAllText(Fixtures.Corpus(file));
        var original = Fixtures.CorpusArticle(file);
        var dense = Assert.Single(Fixtures.ParsePasted(string.Join("\n", raw.Split('\n').Where(l => l.Trim().Length > 0))).Articles);
        var spaced = Assert.Single(Fixtures.ParsePasted(raw.Replace("\n", "\n\n")).Articles);
        foreach (var variant in new[] { dense, spaced })
        {
            Assert.Equal(original.Title, variant.Title);
            Assert.Equal(original.Published, variant.Published);
            Assert.Equal(original.Text, variant.Text);
        }
    }

    [Theory]
    [MemberData(nameof(HtmlFiles))]
    public void Saved_pages_without_open_graph_or_article_metadata_keep_title_and_date(string file)
    {
        var label = Fixtures.Labels.Single(l => l.File == file);
        var bare = Regex.Replace(File.ReadAllText(Fixtures.Corpus(file)), "<meta (property|name)=\"(og:|article:)[^>]*>", "");
        Assert.DoesNotContain("og:title", bare);
        var article = Assert.Single(Fixtures.Parse(Encoding.UTF8.GetBytes(bare), file).Articles);
        Assert.Equal(Fixtures.Squash(label.Title), Fixtures.Squash(article.Title));
        Assert.Equal(label.Published, article.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(Fixtures.CorpusArticle(file).Text, article.Text);
    }

    [Theory]
    [InlineData("עומר גל · 11.10.25 23:58", "2025-10-11")]
    [InlineData("15.07.25 | 00:41", "2025-07-15")]
    public void Two_digit_years_are_read_in_bylines_only(string line, string expected)
    {
        Assert.Equal(expected, DateParsing.FindDate(line, twoDigitYear: true)?.ToString("yyyy-MM-dd"));
        Assert.Null(DateParsing.FindDate(line));
        Assert.Null(DateParsing.FindDate("version 3.5.25 released", twoDigitYear: false));
    }
}
