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
    private static readonly DateOnly FirstExcelDate = new(1900, 3, 1);

    private readonly int[] _longest;
    private readonly int[] _maxWidth;
    private readonly bool[] _dayColumns;
    private readonly bool[] _linkColumns;

    public SheetWriter(IXLWorksheet sheet, bool rightToLeft, int columns)
    {
        Sheet = sheet;
        Sheet.RightToLeft = rightToLeft;
        _longest = new int[columns + 1];
        _maxWidth = Enumerable.Repeat(50, columns + 1).ToArray();
        _dayColumns = new bool[columns + 1];
        _linkColumns = new bool[columns + 1];
    }

    public IXLWorksheet Sheet { get; }

    /// <summary>Hyperlinks and tables to add after saving (see <see cref="SheetExtras"/>).</summary>
    public SheetAdditions Additions { get; } = new();

    /// <summary>Caps a column's width and wraps its text (summaries, quotes, bottom lines).</summary>
    public void Wrapped(int column, int width)
    {
        _maxWidth[column] = width;
        Sheet.Column(column).Style.Alignment.WrapText = true;
        Sheet.Column(column).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>
    /// Mostly links: styled once per column (per-cell styles are what makes ClosedXML slow); the rare cell that is
    /// not a link gets the plain font back.
    /// </summary>
    public void LinkColumn(int column)
    {
        _linkColumns[column] = true;
        Sheet.Column(column).Style.Font.FontColor = XLColor.FromTheme(XLThemeColor.Hyperlink);
        Sheet.Column(column).Style.Font.Underline = XLFontUnderlineValues.Single;
    }

    private static void PlainFont(IXLCell cell)
    {
        cell.Style.Font.FontColor = XLColor.FromTheme(XLThemeColor.Text1);
        cell.Style.Font.Underline = XLFontUnderlineValues.None;
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
        range.Style.Font.Underline = XLFontUnderlineValues.None;
        range.Style.Fill.BackgroundColor = XLColor.FromArgb(0x1F, 0x4E, 0x78);
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    /// <summary>Writes untrusted text as text; returns null (and creates no cell) when there is nothing to write.</summary>
    public IXLCell? Text(int row, int column, string? text)
    {
        var clean = CellText.Clean(text);
        if (clean.Length == 0) return null;
        var cell = Sheet.Cell(row, column);
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

    /// <summary>
    /// A real Excel date shown by precision; unknown precision stays empty. Dates Excel cannot hold as serial numbers
    /// (before 1 March 1900, where its 1900 leap-year bug starts) are written as ISO text rather than lost.
    /// </summary>
    public IXLCell? Date(int row, int column, DateOnly? date, BriefDatePrecision precision = BriefDatePrecision.Day)
    {
        if (date is not { } value || precision == BriefDatePrecision.Unknown || value == DateOnly.MinValue) return null;
        if (value < FirstExcelDate) return Text(row, column, value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var cell = Sheet.Cell(row, column);
        cell.SetValue(value.ToDateTime(TimeOnly.MinValue));
        if (precision == BriefDatePrecision.Month) cell.Style.NumberFormat.Format = MonthFormat;
        else if (precision == BriefDatePrecision.Year) cell.Style.NumberFormat.Format = YearFormat;
        else if (!_dayColumns[column]) cell.Style.NumberFormat.Format = DayFormat;
        Note(column, DateWidth);
        return cell;
    }

    public IXLCell? DateTime(int row, int column, DateTime value)
    {
        if (DateOnly.FromDateTime(value) < FirstExcelDate) return null;
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
    public IXLCell? Link(int row, int column, string? title, string? url)
    {
        var uri = CellText.WebUri(url);
        var cleanTitle = CellText.Clean(title).Trim();
        var cleanUrl = CellText.Clean(url).Trim();
        if (uri is null)
        {
            var shown = cleanUrl.Length == 0 ? cleanTitle
                : cleanTitle.Length == 0 || cleanTitle == cleanUrl ? cleanUrl
                : $"{cleanTitle} ({cleanUrl})";
            var text = Text(row, column, shown);
            if (_linkColumns[column] && text is not null) PlainFont(text);
            return text;
        }
        var cell = Text(row, column, cleanTitle.Length > 0 ? cleanTitle : uri.AbsoluteUri)!;
        // The link itself is added to the saved package (see SheetLinks); its look comes from the column style.
        Additions.Links.Add(new SheetLink(XLHelper.GetColumnLetterFromNumber(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture), uri));
        if (!_linkColumns[column])
        {
            cell.Style.Font.FontColor = XLColor.FromTheme(XLThemeColor.Hyperlink);
            cell.Style.Font.Underline = XLFontUnderlineValues.Single;
        }
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
    public void FinishTable(string tableName, IReadOnlyList<string> headers, int lastRow)
    {
        AddTable(tableName, headers, 1, lastRow);
        Sheet.SheetView.FreezeRows(1);
        ApplyWidths();
        PrintSetup(1);
    }

    /// <summary>
    /// Records a table over <paramref name="headers"/> (already written at <paramref name="headerRow"/>) and the rows
    /// below; a table needs at least one data row, so an empty list still gets its header and filter.
    /// </summary>
    public void AddTable(string tableName, IReadOnlyList<string> headers, int headerRow, int lastRow)
    {
        var lastColumn = XLHelper.GetColumnLetterFromNumber(headers.Count);
        var reference = $"A{headerRow}:{lastColumn}{Math.Max(lastRow, headerRow + 1)}";
        Additions.Tables.Add(new SheetTable(tableName, reference, headers.Select(CellText.Clean).ToList()));
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
