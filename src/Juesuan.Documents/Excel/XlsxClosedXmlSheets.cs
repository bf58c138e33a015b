using ClosedXML.Excel;

namespace Juesuan.Documents.Excel;

/// <summary>Worksheets as read by ClosedXML, the primary spreadsheet reader.</summary>
internal static class XlsxClosedXmlSheets
{
    /// <summary>The sheets in workbook order. Throws what ClosedXML throws on a damaged workbook.</summary>
    public static IEnumerable<XlsxSheetCells> Read(Stream xlsx, XlsxReadBudget budget)
    {
        using var workbook = new XLWorkbook(xlsx);
        foreach (var ws in workbook.Worksheets)
        {
            yield return Sheet(ws, budget);
        }
    }

    private static XlsxSheetCells Sheet(IXLWorksheet ws, XlsxReadBudget budget)
    {
        var cells = new List<XlsxStoredCell>();
        foreach (var cell in ws.CellsUsed(XLCellsUsedOptions.Contents | XLCellsUsedOptions.NormalFormats))
        {
            var text = XlsxCellText.Of(cell, out var number);
            var b = cell.Style.Border;
            var bordered = b.LeftBorder != XLBorderStyleValues.None || b.RightBorder != XLBorderStyleValues.None
                || b.TopBorder != XLBorderStyleValues.None || b.BottomBorder != XLBorderStyleValues.None;
            if (!budget.Take(text.Length > 0))
            {
                break;
            }

            cells.Add(new XlsxStoredCell(cell.Address.RowNumber, cell.Address.ColumnNumber, text, number, bordered));
        }

        var merges = new List<XlsxMerge>();
        foreach (var range in ws.MergedRanges)
        {
            var a = range.RangeAddress;
            merges.Add(new XlsxMerge(a.FirstAddress.RowNumber, a.FirstAddress.ColumnNumber, a.LastAddress.RowNumber, a.LastAddress.ColumnNumber));
        }

        return new XlsxSheetCells(ws.Name, cells, merges);
    }
}
