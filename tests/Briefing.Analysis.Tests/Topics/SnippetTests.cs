using Briefing.Analysis.Topics;

namespace Briefing.Analysis.Tests.Topics;

public class SnippetTests
{
    [Fact]
    public void Whole_short_text_is_returned_with_whitespace_collapsed() =>
        Assert.Equal("Baku and Jerusalem", Snippet.Around("  Baku\n\nand   Jerusalem ", 2, 4));

    [Fact]
    public void Long_text_is_cut_at_word_boundaries_around_the_match()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}")) + " Section 907 " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"tail{i}"));
        var start = text.IndexOf("Section 907", StringComparison.Ordinal);

        var snippet = Snippet.Around(text, start, "Section 907".Length);

        Assert.StartsWith("…word", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("Section 907", snippet);
        Assert.InRange(snippet.Length, 60, 100);
        Assert.All(snippet.Trim('…').Split(' '), w => Assert.True(w.StartsWith("word") || w.StartsWith("tail") || w is "Section" or "907", w));
    }
}
