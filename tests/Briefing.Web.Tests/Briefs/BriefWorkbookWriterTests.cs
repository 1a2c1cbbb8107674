using Briefing.Web.Features.Briefs.Workbook;
using ClosedXML.Excel;
using static Briefing.Web.Tests.Briefs.WorkbookTestHelpers;

namespace Briefing.Web.Tests.Briefs;

public class BriefWorkbookWriterTests
{
    [Fact]
    public void Hebrew_brief_has_summary_topic_and_list_sheets_in_order_all_right_to_left()
    {
        using var workbook = Render(BriefSamples.Hebrew());

        Assert.Equal(
            ["Summary", "ישראל–אזרבייג'ן–ארה\"ב", "איראן", "סעיף 907", "Recommendations", "Articles", "Changes"],
            workbook.Worksheets.Select(s => s.Name));
        Assert.All(workbook.Worksheets, s => Assert.True(s.RightToLeft, s.Name));
    }

    [Fact]
    public void English_brief_is_left_to_right_with_english_headers()
    {
        using var workbook = Render(BriefSamples.English());

        Assert.All(workbook.Worksheets, s => Assert.False(s.RightToLeft, s.Name));
        var topic = workbook.Worksheet("Iran");
        Assert.Equal(["Date", "Type", "Summary", "Actors", "Place", "Source", "Quote"], HeaderTexts(topic));
        Assert.Equal("Visit", topic.Cell(2, 2).GetString());
        Assert.Equal(["Date", "Title", "Source", "Language", "Topics", "Link"], HeaderTexts(workbook.Worksheet("Articles")));
        Assert.Equal(["Date", "Who", "To whom", "What", "Topic", "Source"], HeaderTexts(workbook.Worksheet("Recommendations")));
    }

    [Fact]
    public void Hebrew_brief_has_hebrew_headers_and_localised_types()
    {
        using var workbook = Render(BriefSamples.Hebrew());

        var topic = workbook.Worksheet("ישראל–אזרבייג'ן–ארה\"ב");
        // Two sources on the first event give two source columns.
        Assert.Equal(["תאריך", "סוג", "תקציר", "גורמים", "מקום", "מקור", "מקור 2", "ציטוט"], HeaderTexts(topic));
        Assert.Equal("פגישה", topic.Cell(2, 2).GetString());
        Assert.Equal("הסכם", topic.Cell(3, 2).GetString());
        Assert.Equal(["תאריך", "כותרת", "מקור", "שפה", "נושאים", "קישור"], HeaderTexts(workbook.Worksheet("Articles")));
        Assert.Equal(["שינוי", "נושא", "תאריך", "סוג", "תקציר", "מה השתנה"], HeaderTexts(workbook.Worksheet("Changes")));
    }

    [Fact]
    public void Event_rows_keep_the_composed_order_and_their_texts()
    {
        var document = BriefSamples.Hebrew();
        using var workbook = Render(document);

        var sheet = workbook.Worksheet("ישראל–אזרבייג'ן–ארה\"ב");
        var events = document.Topics[0].Events;
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(events[i].Summary, sheet.Cell(2 + i, 3).GetString());
            Assert.Equal(string.Join(", ", events[i].Actors), sheet.Cell(2 + i, 4).GetString());
            Assert.Equal(events[i].Place ?? "", sheet.Cell(2 + i, 5).GetString());
            Assert.Equal(events[i].Quote ?? "", sheet.Cell(2 + i, 8).GetString());
        }
        Assert.True(sheet.Cell(2 + events.Count, 3).IsEmpty());
    }

    [Fact]
    public void Dates_are_real_dates_formatted_by_precision()
    {
        using var workbook = Render(BriefSamples.Hebrew());
        var sheet = workbook.Worksheet("ישראל–אזרבייג'ן–ארה\"ב");

        var day = sheet.Cell(2, 1);
        Assert.Equal(XLDataType.DateTime, day.DataType);
        Assert.Equal(new DateTime(2025, 8, 4), day.GetDateTime());
        Assert.Equal("yyyy-mm-dd", day.Style.NumberFormat.Format);

        var month = sheet.Cell(3, 1);
        Assert.Equal(XLDataType.DateTime, month.DataType);
        Assert.Equal(new DateTime(2025, 8, 1), month.GetDateTime());
        Assert.Equal("mmm yyyy", month.Style.NumberFormat.Format);

        Assert.True(sheet.Cell(4, 1).IsEmpty(), "unknown-precision dates stay empty");

        var year = workbook.Worksheet("איראן").Cell(3, 1);
        Assert.Equal(XLDataType.DateTime, year.DataType);
        Assert.Equal("yyyy", year.Style.NumberFormat.Format);
    }

    [Fact]
    public void Web_sources_are_hyperlinks_and_other_schemes_are_plain_text()
    {
        using var workbook = Render(BriefSamples.Hebrew());
        var sheet = workbook.Worksheet("ישראל–אזרבייג'ן–ארה\"ב");

        var first = sheet.Cell(2, 6);
        Assert.Equal("חדשות הבוקר", first.GetString());
        Assert.True(first.HasHyperlink);
        Assert.Equal(new Uri("https://news.example.co.il/politics/article/4711"), first.Hyperlink.ExternalAddress);
        Assert.True(sheet.Cell(2, 7).HasHyperlink);

        var javascript = sheet.Cell(4, 6);
        Assert.False(javascript.HasHyperlink);
        Assert.Contains("javascript:alert('x')", javascript.GetString());

        var file = workbook.Worksheet("איראן").Cell(3, 6);
        Assert.False(file.HasHyperlink);
        Assert.Contains("file:///C:/secret/report.docx", file.GetString());

        var articles = workbook.Worksheet("Articles");
        Assert.True(RowWith(articles, 2, "שר החוץ האזרי בביקור בזק בירושלים").Cell(6).HasHyperlink);
        var unsafeLink = RowWith(articles, 2, "פקחי הסוכנות חזרו מטהרן").Cell(6);
        Assert.False(unsafeLink.HasHyperlink);
        Assert.Equal("javascript:alert(1)", unsafeLink.GetString());
    }

    [Fact]
    public void An_article_under_two_topics_is_one_row_naming_both()
    {
        using var workbook = Render(BriefSamples.Hebrew());
        var articles = workbook.Worksheet("Articles");

        var rows = articles.RowsUsed().Where(r => r.Cell(2).GetString() == "Baku, Jerusalem and Tehran: a week of signals").ToList();
        Assert.Single(rows);
        Assert.Equal("ישראל–אזרבייג'ן–ארה\"ב, איראן", rows[0].Cell(5).GetString());
        Assert.Equal("אנגלית", rows[0].Cell(4).GetString());
        Assert.Equal(4, articles.RowsUsed().Count()); // header + 3 distinct articles
    }

    [Fact]
    public void Recommendations_sheet_lists_each_recommendation_with_its_topic_and_source()
    {
        using var workbook = Render(BriefSamples.Hebrew());
        var sheet = workbook.Worksheet("Recommendations");

        var row = RowWith(sheet, 2, "המכון למחקרי מדיניות אזורית");
        Assert.Equal(new DateTime(2025, 8, 5), row.Cell(1).GetDateTime());
        Assert.Equal("משרד החוץ", row.Cell(3).GetString());
        Assert.StartsWith("לקדם את הצטרפות", row.Cell(4).GetString());
        Assert.Equal("ישראל–אזרבייג'ן–ארה\"ב", row.Cell(5).GetString());
        Assert.True(row.Cell(6).HasHyperlink);
    }

    [Fact]
    public void Summary_shows_week_author_counts_bottom_lines_and_change_counts()
    {
        var document = BriefSamples.Hebrew();
        using var workbook = Render(document);
        var sheet = workbook.Worksheet("Summary");

        Assert.Contains("2025-W32", sheet.Cell(1, 1).GetString());
        var cells = sheet.CellsUsed().ToList();
        Assert.Contains(cells, c => c.GetString() == "נועה כהן");
        Assert.Contains(cells, c => c.DataType == XLDataType.DateTime && c.GetDateTime() == new DateTime(2025, 8, 3));
        Assert.Contains(cells, c => c.DataType == XLDataType.DateTime && c.GetDateTime() == BriefSamples.GeneratedAt);
        Assert.Contains(cells, c => c.GetString() == document.OverallSummary);

        var iranRow = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "איראן");
        Assert.Equal(2, iranRow.Cell(2).GetValue<int>());
        Assert.Equal(5, iranRow.Cell(3).GetValue<int>());
        Assert.Equal(7, iranRow.Cell(7).GetValue<int>());
        Assert.Equal(document.Topics[1].BottomLine, iranRow.Cell(8).GetString());

        // The change block: one "updated" and one "removed" for Iran.
        var iranChanges = sheet.RowsUsed().Last(r => r.Cell(1).GetString() == "איראן");
        Assert.NotEqual(iranRow.RowNumber(), iranChanges.RowNumber());
        Assert.Equal([0, 1, 1], [iranChanges.Cell(2).GetValue<int>(), iranChanges.Cell(3).GetValue<int>(), iranChanges.Cell(4).GetValue<int>()]);
    }

    [Fact]
    public void Changes_sheet_lists_new_updated_and_removed_events()
    {
        using var workbook = Render(BriefSamples.Hebrew());
        var sheet = workbook.Worksheet("Changes");

        Assert.Equal(["חדש", "עודכן", "הוסר"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal("התאריך עודכן מ-5 באוגוסט ל-6 באוגוסט", sheet.Cell(3, 6).GetString());
        Assert.Equal(new DateTime(2025, 7, 30), sheet.Cell(4, 3).GetDateTime());
    }

    [Fact]
    public void Hostile_texts_stay_text_with_the_quote_prefix()
    {
        using var workbook = Render(BriefSamples.Hostile());

        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        Assert.All(cells, c => Assert.False(c.HasFormula, $"{c.Worksheet.Name}!{c.Address}"));
        foreach (var hostile in BriefSamples.HostileTexts)
        {
            var written = CellText.Clean(hostile);
            var matching = cells.Where(c => c.GetString() == written).ToList();
            Assert.True(matching.Count > 0, "not found: " + System.Text.Json.JsonSerializer.Serialize(hostile));
            Assert.All(matching, c =>
            {
                Assert.Equal(XLDataType.Text, c.DataType);
                Assert.True(c.Style.IncludeQuotePrefix, $"{c.Worksheet.Name}!{c.Address}");
            });
        }
        // Quote prefix is applied by rule, not everywhere.
        Assert.False(workbook.Worksheet("Summary").Cell(3, 1).Style.IncludeQuotePrefix);
    }

    [Fact]
    public void Text_that_looks_like_a_number_or_date_stays_text()
    {
        var document = BriefSamples.English() with { Author = "1/2/2020", OverallSummary = "0042" };
        using var workbook = Render(document);

        var cells = workbook.Worksheet("Summary").CellsUsed().ToList();
        Assert.Contains(cells, c => c.DataType == XLDataType.Text && c.GetString() == "1/2/2020");
        Assert.Contains(cells, c => c.DataType == XLDataType.Text && c.GetString() == "0042");
    }

    [Fact]
    public void Sheets_have_tables_with_filters_frozen_headers_and_print_setup()
    {
        using var workbook = Render(BriefSamples.Hebrew());

        foreach (var name in new[] { "איראן", "Recommendations", "Articles", "Changes" })
        {
            var sheet = workbook.Worksheet(name);
            var table = Assert.Single(sheet.Tables);
            Assert.True(table.ShowAutoFilter, name);
            Assert.Equal(1, table.RangeAddress.FirstAddress.RowNumber);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
            Assert.Equal(1, sheet.PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(1, sheet.PageSetup.LastRowToRepeatAtTop);
            Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        }
        Assert.Equal(1, workbook.Worksheet("Summary").SheetView.SplitRow);
    }

    [Fact]
    public void Empty_lists_still_give_a_header_and_a_table()
    {
        var document = BriefSamples.English() with { Changes = [] };
        using var workbook = Render(document);

        var changes = workbook.Worksheet("Changes");
        Assert.Equal("Change", changes.Cell(1, 1).GetString());
        Assert.True(changes.Cell(2, 1).IsEmpty());
        Assert.Single(changes.Tables);
    }

    [Fact]
    public void Columns_are_sized_within_bounds_and_quotes_wrap()
    {
        var long_quote = string.Concat(Enumerable.Repeat("ציטוט ארוך מאוד ", 200));
        var document = BriefSamples.Hebrew();
        var topic = document.Topics[1] with { Events = [document.Topics[1].Events[0] with { Quote = long_quote }] };
        using var workbook = Render(document with { Topics = [topic] });

        var sheet = workbook.Worksheet("איראן");
        var quoteColumn = sheet.Column(7);
        Assert.Equal("ציטוט", sheet.Cell(1, 7).GetString());
        Assert.InRange(quoteColumn.Width, 10, 50);
        Assert.True(sheet.Cell(2, 7).Style.Alignment.WrapText);
        Assert.Equal(long_quote, sheet.Cell(2, 7).GetString());
        Assert.All(Enumerable.Range(1, 7), c => Assert.InRange(sheet.Column(c).Width, 6, 60));
        // The date column is wide enough for yyyy-mm-dd even though its header is short.
        Assert.True(sheet.Column(1).Width >= 12);
    }

    [Fact]
    public void Workbook_uses_a_hebrew_capable_font_and_document_properties()
    {
        using var workbook = Render(BriefSamples.Hebrew());

        Assert.Equal("Arial", workbook.Worksheet("איראן").Cell(2, 3).Style.Font.FontName);
        Assert.Equal("תדריך שבועי 2025-W32", workbook.Properties.Title);
        Assert.Equal("נועה כהן", workbook.Properties.Author);
        Assert.Contains("2025-08-03", workbook.Properties.Subject);
        Assert.Equal(BriefSamples.GeneratedAt, workbook.Properties.Created.ToUniversalTime());
    }

    [Fact]
    public void Many_sources_fill_at_most_five_columns_and_none_is_lost()
    {
        var sources = Enumerable.Range(1, 7)
            .Select(i => new BriefSource { Title = $"מקור {i}", Url = $"https://src{i}.example.com/a" }).ToList();
        var document = BriefSamples.English();
        var topic = document.Topics[2] with { Events = [document.Topics[2].Events[0] with { Sources = sources }] };
        using var workbook = Render(document with { Topics = [topic] });

        var sheet = workbook.Worksheet("Section 907");
        Assert.Equal(["Source", "Source 2", "Source 3", "Source 4", "Source 5"], HeaderTexts(sheet).Skip(5).Take(5));
        Assert.Equal("Quote", sheet.Cell(1, 11).GetString());
        Assert.True(sheet.Cell(2, 9).HasHyperlink);
        var overflow = sheet.Cell(2, 10).GetString();
        Assert.Contains("מקור 5", overflow);
        Assert.Contains("https://src7.example.com/a", overflow);
    }

    [Fact]
    public void Control_characters_from_articles_are_dropped_not_fatal()
    {
        var document = BriefSamples.English();
        var article = new BriefArticle { Title = "bad\u0001title\uD800", Url = "https://x.example.com/" };
        var topic = document.Topics[2] with { Articles = [article] };
        using var workbook = Render(document with { Topics = [topic] });

        Assert.Equal("badtitle", RowWith(workbook.Worksheet("Articles"), 6, "https://x.example.com/").Cell(2).GetString());
    }

    [Fact]
    public void Dates_excel_cannot_hold_are_iso_text_and_missing_dates_stay_empty()
    {
        var document = BriefSamples.English() with { From = default, To = default, GeneratedAtUtc = default };
        var topic = document.Topics[2] with
        {
            Events = [document.Topics[2].Events[0] with { Date = new DateOnly(1899, 12, 31) }],
        };
        using var workbook = Render(document with { Topics = [topic] });

        var early = workbook.Worksheet("Section 907").Cell(2, 1);
        Assert.Equal(XLDataType.Text, early.DataType);
        Assert.Equal("1899-12-31", early.GetString());
        var summary = workbook.Worksheet("Summary");
        Assert.True(summary.Cell(4, 2).IsEmpty());
        Assert.True(summary.Cell(6, 2).IsEmpty());
    }

    [Fact]
    public void Link_cells_look_like_links_and_unlinked_urls_do_not()
    {
        using var workbook = Render(BriefSamples.Hebrew());
        var sheet = workbook.Worksheet("ישראל–אזרבייג'ן–ארה\"ב");

        Assert.Equal(XLFontUnderlineValues.Single, sheet.Cell(2, 6).Style.Font.Underline);
        Assert.Equal(XLFontUnderlineValues.None, sheet.Cell(4, 6).Style.Font.Underline);
        Assert.Equal(XLFontUnderlineValues.None, sheet.Cell(1, 6).Style.Font.Underline);
    }

    [Fact]
    public void File_name_comes_from_the_week()
    {
        Assert.Equal("brief-2025-W32.xlsx", BriefWorkbookWriter.FileName(BriefSamples.Hebrew()));
        Assert.Equal("brief.xlsx", BriefWorkbookWriter.FileName(new BriefDocument { Week = "../" }));
    }

    private static List<string> HeaderTexts(IXLWorksheet sheet) =>
        sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
}
