using System.Text.Json;
using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Tests.Briefs;

/// <summary>The workbook as seen by a reader that shares no code with ClosedXML.</summary>
public class OpenpyxlReaderTests
{
    [Fact]
    public void Hebrew_brief_opens_with_expected_sheets_rtl_and_print_setup()
    {
        var book = OpenpyxlReader.Read(new BriefWorkbookWriter().Write(BriefSamples.Hebrew()));

        Assert.Equal(
            ["Summary", "ישראל–אזרבייג'ן–ארה\"ב", "איראן", "סעיף 907", "Recommendations", "Articles", "Changes"],
            Sheets(book).Select(s => s.GetProperty("name").GetString()));
        foreach (var sheet in Sheets(book))
        {
            var name = sheet.GetProperty("name").GetString();
            Assert.True(sheet.GetProperty("rtl").GetBoolean(), name);
            Assert.Equal("landscape", sheet.GetProperty("orientation").GetString());
            // fitToWidth may be omitted: the schema default is 1 page wide. fitToHeight 0 means "as many as needed".
            var fitToWidth = sheet.GetProperty("fitToWidth");
            Assert.Equal(1, fitToWidth.ValueKind == JsonValueKind.Null ? 1 : fitToWidth.GetInt32());
            Assert.Equal(0, sheet.GetProperty("fitToHeight").GetInt32());
            Assert.True(sheet.GetProperty("fitToPage").GetBoolean(), name);
            Assert.Equal("1:1", sheet.GetProperty("printTitleRows").GetString()?.Replace("$", ""));
            Assert.Equal("A2", sheet.GetProperty("freeze").GetString());
        }
        var properties = book.GetProperty("properties");
        Assert.Equal("תדריך שבועי 2025-W32", properties.GetProperty("title").GetString());
        Assert.Equal("נועה כהן", properties.GetProperty("creator").GetString());
        Assert.StartsWith("2025-08-10T07:30:00", properties.GetProperty("created").GetString());
    }

    [Fact]
    public void English_brief_is_not_right_to_left()
    {
        var book = OpenpyxlReader.Read(new BriefWorkbookWriter().Write(BriefSamples.English()));

        Assert.All(Sheets(book), s => Assert.False(s.GetProperty("rtl").GetBoolean()));
        Assert.Equal("Date", Cell(Sheet(book, "Iran"), "A1").GetProperty("value").GetString());
    }

    [Fact]
    public void Dates_are_real_dates_with_precision_formats()
    {
        var book = OpenpyxlReader.Read(new BriefWorkbookWriter().Write(BriefSamples.Hebrew()));
        var topic = Sheet(book, "ישראל–אזרבייג'ן–ארה\"ב");

        var day = Cell(topic, "A2");
        Assert.True(day.GetProperty("isDate").GetBoolean());
        Assert.Equal("2025-08-04T00:00:00", day.GetProperty("value").GetString());
        Assert.Equal("yyyy-mm-dd", day.GetProperty("format").GetString());

        var month = Cell(topic, "A3");
        Assert.True(month.GetProperty("isDate").GetBoolean());
        Assert.Equal("mmm yyyy", month.GetProperty("format").GetString());

        Assert.False(HasCell(topic, "A4"));
        Assert.Equal("yyyy", Cell(Sheet(book, "איראן"), "A3").GetProperty("format").GetString());
        Assert.Equal("Arial", Cell(topic, "C2").GetProperty("font").GetString());
    }

    [Fact]
    public void Web_links_are_hyperlinks_and_unsafe_schemes_are_not()
    {
        var book = OpenpyxlReader.Read(new BriefWorkbookWriter().Write(BriefSamples.Hebrew()));
        var topic = Sheet(book, "ישראל–אזרבייג'ן–ארה\"ב");

        Assert.Equal("https://news.example.co.il/politics/article/4711", Cell(topic, "F2").GetProperty("link").GetString());
        Assert.Equal("https://regional.example.com/2025/08/04/baku-jerusalem", Cell(topic, "G2").GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, Cell(topic, "F4").GetProperty("link").ValueKind);

        var links = Sheets(book).SelectMany(Cells)
            .Where(c => c.GetProperty("link").ValueKind == JsonValueKind.String)
            .Select(c => c.GetProperty("link").GetString()!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(l.StartsWith("https://") || l.StartsWith("http://"), l));
    }

    [Fact]
    public void Tables_have_autofilters()
    {
        var book = OpenpyxlReader.Read(new BriefWorkbookWriter().Write(BriefSamples.Hebrew()));

        foreach (var name in new[] { "איראן", "Recommendations", "Articles", "Changes" })
        {
            var table = Assert.Single(Sheet(book, name).GetProperty("tables").EnumerateArray());
            Assert.True(table.GetProperty("autoFilter").GetBoolean(), name);
            Assert.StartsWith("A1:", table.GetProperty("ref").GetString());
        }
    }

    [Fact]
    public void Hostile_texts_are_never_formulas()
    {
        var book = OpenpyxlReader.Read(new BriefWorkbookWriter().Write(BriefSamples.Hostile()));

        var cells = Sheets(book).SelectMany(Cells).ToList();
        Assert.DoesNotContain(cells, c => c.GetProperty("type").GetString() == "f");
        foreach (var hostile in BriefSamples.HostileTexts)
        {
            var written = CellText.Clean(hostile);
            var matching = cells.Where(c => c.GetProperty("value").ValueKind == JsonValueKind.String
                                            && c.GetProperty("value").GetString() == written).ToList();
            Assert.True(matching.Count > 0, "not found: " + JsonSerializer.Serialize(hostile));
            Assert.All(matching, c =>
            {
                Assert.Equal("s", c.GetProperty("type").GetString());
                Assert.True(c.GetProperty("quotePrefix").GetBoolean(), c.GetProperty("ref").GetString());
            });
        }
        // Hostile URLs were shown as text, never linked.
        Assert.DoesNotContain(cells, c => c.GetProperty("link").ValueKind == JsonValueKind.String);
    }

    private static IEnumerable<JsonElement> Sheets(JsonElement book) => book.GetProperty("sheets").EnumerateArray();

    private static JsonElement Sheet(JsonElement book, string name) =>
        Sheets(book).Single(s => s.GetProperty("name").GetString() == name);

    private static IEnumerable<JsonElement> Cells(JsonElement sheet) => sheet.GetProperty("cells").EnumerateArray();

    private static bool HasCell(JsonElement sheet, string reference) =>
        Cells(sheet).Any(c => c.GetProperty("ref").GetString() == reference);

    private static JsonElement Cell(JsonElement sheet, string reference) =>
        Cells(sheet).Single(c => c.GetProperty("ref").GetString() == reference);
}
