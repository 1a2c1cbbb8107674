using Briefing.Web.Features.Briefs.Workbook;
using ClosedXML.Excel;

namespace Briefing.Web.Tests.Briefs;

internal static class WorkbookTestHelpers
{
    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    public static XLWorkbook Render(BriefDocument document) => Open(new BriefWorkbookWriter().Write(document));

    /// <summary>The first row (after the header) whose column holds <paramref name="text"/>.</summary>
    public static IXLRow RowWith(IXLWorksheet sheet, int column, string text) =>
        sheet.RowsUsed().First(r => r.RowNumber() > 1 && r.Cell(column).GetString() == text);

    public static IEnumerable<IXLCell> TextCells(XLWorkbook workbook) =>
        workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.DataType == XLDataType.Text);
}
