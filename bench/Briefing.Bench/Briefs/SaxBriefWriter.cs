using System.Globalization;
using Briefing.Web.Features.Briefs.Workbook;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Briefing.Bench.Briefs;

/// <summary>
/// Baseline: the same sheets, cells, styles, links, tables, RTL, frozen header and print set-up written with the
/// streaming OpenXmlWriter (DocumentFormat.OpenXml 2.20.0, SAX) and inline strings.
/// </summary>
internal static class SaxBriefWriter
{
    public static void Write(BriefDocument document, Stream output)
    {
        var labels = BriefLabels.For(document.Language);
        var sheets = SaxSheetContent.Build(document, labels);
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        package.PackageProperties.Title = $"{labels.Title} {document.Week}";
        package.PackageProperties.Creator = document.Author;
        package.PackageProperties.Created = document.GeneratedAtUtc;
        package.PackageProperties.Modified = document.GeneratedAtUtc;

        var workbookPart = package.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        stylesPart.Stylesheet.Save();

        var entries = new List<(string Name, string RelationshipId)>();
        uint tableId = 1;
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheets[i], labels.RightToLeft, i == 0, ref tableId);
            entries.Add((sheets[i].Name, workbookPart.GetIdOfPart(part)));
        }

        using var writer = OpenXmlWriter.Create(workbookPart);
        writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Workbook());
        writer.WriteStartElement(new Sheets());
        for (var i = 0; i < entries.Count; i++)
            writer.WriteElement(new Sheet { Name = entries[i].Name, SheetId = (uint)(i + 1), Id = entries[i].RelationshipId });
        writer.WriteEndElement();
        writer.WriteStartElement(new DefinedNames());
        for (var i = 0; i < entries.Count; i++)
            writer.WriteElement(new DefinedName($"'{entries[i].Name.Replace("'", "''")}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteSheet(WorksheetPart part, SaxSheet sheet, bool rightToLeft, bool selected, ref uint tableId)
    {
        // Column widths precede the rows in the XML, so the rows are built once and kept for both passes.
        var rows = sheet.Rows().ToList();
        var columns = Math.Max(sheet.Headers.Length, rows.Select(r => r.Length).DefaultIfEmpty(0).Max());
        var widths = Widths(sheet, rows, columns);
        var letters = Enumerable.Range(1, columns).Select(ColumnLetters).ToArray();
        var links = new List<(string Reference, Uri Uri)>();

        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetProperties());
            writer.WriteElement(new PageSetupProperties { FitToPage = true });
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { RightToLeft = rightToLeft, TabSelected = selected, WorkbookViewId = 0U });
            writer.WriteElement(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new Columns());
            for (var c = 0; c < columns; c++)
            {
                var column = new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true };
                if (sheet.WrappedColumns.Contains(c)) column.Style = SaxSheetContent.Wrap;
                writer.WriteElement(column);
            }
            writer.WriteEndElement();

            writer.WriteStartElement(new SheetData());
            var rowIndex = 1u;
            WriteRow(writer, rowIndex, sheet.Headers.Select(h => new SaxCell(SaxCellKind.Text, h, Style: SaxSheetContent.Header)).ToArray(), letters, links);
            foreach (var row in rows) WriteRow(writer, ++rowIndex, row, letters, links);
            writer.WriteEndElement();

            if (links.Count > 0)
            {
                writer.WriteStartElement(new Hyperlinks());
                foreach (var (reference, uri) in links)
                    writer.WriteElement(new Hyperlink { Reference = reference, Id = part.AddHyperlinkRelationship(uri, true).Id });
                writer.WriteEndElement();
            }
            writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });

            if (sheet.TableName is not null)
            {
                var reference = $"A1:{letters[^1]}{Math.Max(rowIndex, 2)}";
                var tablePart = part.AddNewPart<TableDefinitionPart>();
                var tableColumns = new TableColumns { Count = (uint)columns };
                for (var c = 0; c < columns; c++) tableColumns.Append(new TableColumn { Id = (uint)(c + 1), Name = sheet.Headers[c] });
                tablePart.Table = new Table(
                    new AutoFilter { Reference = reference },
                    tableColumns,
                    new TableStyleInfo { Name = "TableStyleLight9", ShowRowStripes = true })
                {
                    Id = tableId, Name = sheet.TableName, DisplayName = sheet.TableName, Reference = reference, HeaderRowCount = 1U,
                };
                tableId++;
                tablePart.Table.Save();
                writer.WriteStartElement(new TableParts { Count = 1U });
                writer.WriteElement(new TablePart { Id = part.GetIdOfPart(tablePart) });
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
    }

    // Reused element instances and attribute lists: the usual way to keep OpenXmlWriter from building a DOM per cell.
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineStringElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, SaxCell[] cells, string[] letters, List<(string, Uri)> links)
    {
        var rowText = rowIndex.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(RowElement, [new OpenXmlAttribute("r", "", rowText)]);
        var attributes = new List<OpenXmlAttribute>(3);
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (cell.Kind == SaxCellKind.Empty) continue;
            var reference = letters[c] + rowText;
            attributes.Clear();
            attributes.Add(new OpenXmlAttribute("r", "", reference));
            if (cell.Style != 0) attributes.Add(new OpenXmlAttribute("s", "", cell.Style.ToString(CultureInfo.InvariantCulture)));
            if (cell.Kind is SaxCellKind.Text or SaxCellKind.Link)
            {
                attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
                writer.WriteStartElement(CellElement, attributes);
                writer.WriteStartElement(InlineStringElement);
                writer.WriteStartElement(TextElement, PreserveSpace);
                writer.WriteString(cell.Text!);
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndElement();
                if (cell.Link is not null) links.Add((reference, cell.Link));
            }
            else
            {
                writer.WriteStartElement(CellElement, attributes);
                writer.WriteStartElement(ValueElement);
                writer.WriteString(cell.Number.ToString("R", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
        }
        writer.WriteEndElement();
    }

    private static double[] Widths(SaxSheet sheet, List<SaxCell[]> rows, int columns)
    {
        var longest = new int[columns];
        for (var c = 0; c < sheet.Headers.Length; c++) longest[c] = sheet.Headers[c].Length;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var length = row[c].Kind switch
                {
                    SaxCellKind.Text or SaxCellKind.Link => row[c].Text!.Split('\n').Max(l => l.Length),
                    SaxCellKind.Date => 12,
                    SaxCellKind.Number => 6,
                    _ => 0,
                };
                if (length > longest[c]) longest[c] = length;
            }
        }
        return longest.Select((l, c) => (double)Math.Clamp(l + 2, 6, sheet.WrappedColumns.Contains(c) ? 60 : 50)).ToArray();
    }

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }

    private static Stylesheet Styles()
    {
        static CellFormat Format(uint numberFormat = 0, uint font = 0, uint fill = 0, bool wrap = false, bool quote = false) => new()
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = 0, FormatId = 0,
            ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0, ApplyFill = fill != 0,
            QuotePrefix = quote ? true : null,
            Alignment = wrap ? new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } : null,
            ApplyAlignment = wrap ? true : null,
        };
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = SheetWriter.DayFormat },
                new NumberingFormat { NumberFormatId = 165, FormatCode = SheetWriter.MonthFormat },
                new NumberingFormat { NumberFormatId = 166, FormatCode = SheetWriter.YearFormat },
                new NumberingFormat { NumberFormatId = 167, FormatCode = SheetWriter.DateTimeFormat }) { Count = 4 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new Color { Rgb = "FFFFFFFF" }, new FontName { Val = "Arial" }),
                new Font(new Underline(), new FontSize { Val = 11 }, new Color { Rgb = "FF0563C1" }, new FontName { Val = "Arial" })) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FF1F4E78" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(),                          // 0 default
                Format(font: 1, fill: 2),          // 1 header
                Format(numberFormat: 164),         // 2 day
                Format(numberFormat: 165),         // 3 month
                Format(numberFormat: 166),         // 4 year
                Format(numberFormat: 167),         // 5 date-time
                Format(wrap: true),                // 6 wrapped
                Format(quote: true),               // 7 quote prefix
                Format(wrap: true, quote: true),   // 8 quote prefix, wrapped
                Format(font: 2)) { Count = 10 },   // 9 hyperlink
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
