using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Tests.Briefs;

public class CellTextTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+972", true)]
    [InlineData("-5", true)]
    [InlineData("@x", true)]
    [InlineData("\tx", true)]
    [InlineData("\rx", true)]
    [InlineData("\nx", true)]
    [InlineData("x=1", false)]
    [InlineData(" =1", false)]
    [InlineData("שלום", false)]
    [InlineData("", false)]
    public void Formula_like_starts_are_detected(string text, bool expected) =>
        Assert.Equal(expected, CellText.LooksLikeFormula(text));

    [Theory]
    [InlineData("https://example.com/a?b=1", true)]
    [InlineData("http://news.example.co.il/כתבה", true)]
    [InlineData(" https://example.com ", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("mailto:a@example.com", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("//example.com/x", false)]
    [InlineData("/relative", false)]
    [InlineData("", false)]
    public void Only_absolute_web_urls_become_links(string url, bool expected) =>
        Assert.Equal(expected, CellText.WebUri(url) is not null);

    [Fact]
    public void Overlong_urls_are_not_links() =>
        Assert.Null(CellText.WebUri("https://example.com/" + new string('a', CellText.MaxHyperlinkLength)));

    [Fact]
    public void Clean_drops_xml_invalid_characters_and_normalises_line_breaks()
    {
        Assert.Equal("ab\ncd\nef", CellText.Clean("a\u0000b\r\ncd\ref\uFFFF"));
        Assert.Equal("😀", CellText.Clean("😀"));
        Assert.Equal("x", CellText.Clean("x\uDC00"));
    }

    [Fact]
    public void Clean_caps_text_at_the_excel_cell_limit()
    {
        var cleaned = CellText.Clean(new string('ש', CellText.MaxCellLength + 10));
        Assert.Equal(CellText.MaxCellLength, cleaned.Length);
    }
}
