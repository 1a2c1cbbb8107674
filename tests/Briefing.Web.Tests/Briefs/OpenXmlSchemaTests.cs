using Briefing.Web.Features.Briefs.Workbook;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Briefing.Web.Tests.Briefs;

/// <summary>
/// Hyperlinks, tables and package fixes are added to the saved file by hand; the Open XML SDK validator checks that
/// the result is still schema-valid (element order, relationships, content types) — what Excel would "repair".
/// </summary>
public class OpenXmlSchemaTests
{
    public static TheoryData<string> Samples => ["hebrew", "english", "hostile", "empty"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Workbook_is_schema_valid(string sample)
    {
        var document = sample switch
        {
            "hebrew" => BriefSamples.Hebrew(),
            "english" => BriefSamples.English(),
            "hostile" => BriefSamples.Hostile(),
            _ => new BriefDocument { Week = "2025-W01", GeneratedAtUtc = BriefSamples.GeneratedAt },
        };
        var bytes = new BriefWorkbookWriter().Write(document);

        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(package, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
        Assert.Equal(sample == "empty" ? 4 : document.Topics.Count + 4, package.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public void Every_hyperlink_relationship_is_external_web_and_every_table_is_unique()
    {
        var bytes = new BriefWorkbookWriter().Write(BriefSamples.Hebrew());
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

        var sheets = package.WorkbookPart!.WorksheetParts.ToList();
        var links = sheets.SelectMany(s => s.HyperlinkRelationships).ToList();
        // Web URLs in the sample: 5 event sources, 1 recommendation, 2 distinct articles (javascript:/file: ones are text).
        Assert.Equal(8, links.Count);
        Assert.All(links, l => Assert.True(l.IsExternal && l.Uri.Scheme is "https" or "http", l.Uri.ToString()));

        var tables = sheets.SelectMany(s => s.TableDefinitionParts).Select(t => t.Table!).ToList();
        Assert.Equal(tables.Count, tables.Select(t => t.Id!.Value).Distinct().Count());
        Assert.Equal(tables.Count, tables.Select(t => t.Name!.Value).Distinct().Count());
        Assert.Contains(tables, t => t.Name == "Summary_Topics");
    }

    [Fact]
    public void Thousands_of_links_are_all_written_once_per_cell()
    {
        var document = BriefSamples.English();
        var events = Enumerable.Range(0, 2_000).Select(i => new BriefEvent
        {
            Date = new DateOnly(2025, 8, 4),
            Type = "statement",
            Summary = $"Statement {i}",
            Sources =
            [
                new BriefSource { Title = "a", Url = $"https://a.example.com/{i}" },
                new BriefSource { Title = "b", Url = $"https://b.example.com/{i}?x=1&y=2" },
            ],
        }).ToList();
        var bytes = new BriefWorkbookWriter().Write(document with { Topics = [document.Topics[0] with { Events = events, Articles = [], Recommendations = [] }] });

        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheet = package.WorkbookPart!.WorksheetParts.Single(p => p.HyperlinkRelationships.Any());
        var links = sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Hyperlink>().ToList();
        Assert.Equal(4_000, links.Count);
        Assert.Equal(4_000, links.Select(l => l.Reference!.Value).Distinct().Count());
        var targets = sheet.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.AbsoluteUri);
        Assert.Equal("https://b.example.com/1999?x=1&y=2", targets[links.Single(l => l.Reference == "G2001").Id!.Value!]);
    }
}
