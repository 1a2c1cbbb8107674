using ClosedXML.Excel;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Writes one sheet cell by cell with the brief's safety rules (text stays text, only web links become hyperlinks)
/// and remembers the longest text per column so widths can be set without AdjustToContents.
/// </summary>
internal sealed class SheetWriter
{
    public const string DayFormat = "yyyy-mm-dd";
    public const string MonthFormat = "mmm yyyy";
    public const string YearFormat = "yyyy";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";
    private const int MinWidth = 6;
    private const int DateWidth = 12;

    private readonly int[] _longest;
    private readonly int[] _maxWidth;
    private readonly bool[] _dayColumns;

    public SheetWriter(IXLWorksheet sheet, bool rightToLeft, int columns)
    {
        Sheet = sheet;
        Sheet.RightToLeft = rightToLeft;
        _longest = new int[columns + 1];
        _maxWidth = Enumerable.Repeat(50, columns + 1).ToArray();
        _dayColumns = new bool[columns + 1];
    }

    public IXLWorksheet Sheet { get; }

    /// <summary>Caps a column's width and wraps its text (summaries, quotes, bottom lines).</summary>
    public void Wrapped(int column, int width)
    {
        _maxWidth[column] = width;
        Sheet.Column(column).Style.Alignment.WrapText = true;
        Sheet.Column(column).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>Day-precision dates use the column's format; month and year precision override it per cell.</summary>
    public void DateColumn(int column)
    {
        Sheet.Column(column).Style.NumberFormat.Format = DayFormat;
        _dayColumns[column] = true;
        Note(column, DateWidth);
    }

    public void HeaderRow(int row, IReadOnlyList<string> headers, int firstColumn = 1)
    {
        for (var i = 0; i < headers.Count; i++) Text(row, firstColumn + i, headers[i]);
        StyleHeader(Sheet.Range(row, firstColumn, row, firstColumn + headers.Count - 1));
    }

    public static void StyleHeader(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = XLColor.White;
        range.Style.Fill.BackgroundColor = XLColor.FromArgb(0x1F, 0x4E, 0x78);
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    public IXLCell Text(int row, int column, string? text)
    {
        var cell = Sheet.Cell(row, column);
        var clean = CellText.Clean(text);
        if (clean.Length == 0) return cell;
        // SetValue<string> keeps the text a string; the Value setter would turn "123" or "1/2/2020" into numbers/dates.
        cell.SetValue(clean);
        if (CellText.LooksLikeFormula(clean)) cell.Style.IncludeQuotePrefix = true;
        Note(column, LongestLine(clean));
        return cell;
    }

    public IXLCell Number(int row, int column, int value)
    {
        var cell = Sheet.Cell(row, column);
        cell.SetValue(value);
        Note(column, value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return cell;
    }

    public IXLCell Date(int row, int column, DateOnly? date, BriefDatePrecision precision = BriefDatePrecision.Day)
    {
        var cell = Sheet.Cell(row, column);
        if (date is not { } value || precision == BriefDatePrecision.Unknown) return cell;
        cell.SetValue(value.ToDateTime(TimeOnly.MinValue));
        if (precision == BriefDatePrecision.Month) cell.Style.NumberFormat.Format = MonthFormat;
        else if (precision == BriefDatePrecision.Year) cell.Style.NumberFormat.Format = YearFormat;
        else if (!_dayColumns[column]) cell.Style.NumberFormat.Format = DayFormat;
        Note(column, DateWidth);
        return cell;
    }

    public IXLCell DateTime(int row, int column, DateTime value)
    {
        var cell = Sheet.Cell(row, column);
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = DateTimeFormat;
        Note(column, 17);
        return cell;
    }

    /// <summary>
    /// A hyperlink only for absolute http/https URLs; anything else (javascript:, file:, relative) is shown as text
    /// so nobody can click it by accident.
    /// </summary>
    public IXLCell Link(int row, int column, string? title, string? url)
    {
        var uri = CellText.WebUri(url);
        var cleanTitle = CellText.Clean(title).Trim();
        var cleanUrl = CellText.Clean(url).Trim();
        if (uri is null)
        {
            var shown = cleanUrl.Length == 0 ? cleanTitle
                : cleanTitle.Length == 0 ? cleanUrl
                : $"{cleanTitle} ({cleanUrl})";
            return Text(row, column, shown);
        }
        var cell = Text(row, column, cleanTitle.Length > 0 ? cleanTitle : uri.AbsoluteUri);
        cell.Hyperlink = new XLHyperlink(uri);
        return cell;
    }

    public void Note(int column, int length)
    {
        if (length > _longest[column]) _longest[column] = length;
    }

    /// <summary>Widths from the longest text seen, bounded so one long quote cannot make a column unusable.</summary>
    public void ApplyWidths()
    {
        for (var column = 1; column < _longest.Length; column++)
        {
            var width = Math.Clamp(_longest[column] + 2, MinWidth, _maxWidth[column]);
            Sheet.Column(column).Width = width;
        }
    }

    /// <summary>A table with autofilter over the header row and data, plus frozen header and print set-up.</summary>
    public void FinishTable(string tableName, int headerRow, int lastRow, int lastColumn)
    {
        // A table needs at least one data row; an empty list still gets its header and filter.
        var range = Sheet.Range(headerRow, 1, Math.Max(lastRow, headerRow + 1), lastColumn);
        var table = range.CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleLight9;
        table.ShowRowStripes = true;
        StyleHeader(Sheet.Range(headerRow, 1, headerRow, lastColumn));
        Sheet.SheetView.FreezeRows(headerRow);
        ApplyWidths();
        PrintSetup(headerRow);
    }

    public void PrintSetup(int repeatedRow)
    {
        var page = Sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(repeatedRow, repeatedRow);
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.5;
    }

    private static int LongestLine(string text)
    {
        var longest = 0;
        var current = 0;
        foreach (var c in text)
        {
            if (c == '\n') { longest = Math.Max(longest, current); current = 0; }
            else if (c != '\r') current++;
        }
        return Math.Max(longest, current);
    }
}
