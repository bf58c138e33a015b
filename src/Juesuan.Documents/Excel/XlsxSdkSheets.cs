using Juesuan.Documents.Office;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Documents.Layout;
using SText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Worksheets read with the OpenXml SDK alone: the fallback when ClosedXML rejects a workbook.
/// ClosedXML 0.95.4 validates styles, names and features strictly and throws on workbooks
/// that Excel and WPS open; this reader needs only sheets, shared strings, number formats,
/// borders and merged cells, and reads them the way <see cref="XlsxClosedXmlSheets"/> does.
/// </summary>
internal static class XlsxSdkSheets
{
    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    /// <summary>The sheets in workbook order. Throws what the SDK throws on a damaged package.</summary>
    public static IEnumerable<XlsxSheetCells> Read(Stream xlsx, XlsxReadBudget budget)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false, new OpenSettings { MaxCharactersInPart = OfficeContainer.MaxXmlBytes });
        var book = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var styles = XlsxSdkStyles.Of(book.WorkbookStylesPart?.Stylesheet);
        var strings = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
        foreach (var sheet in book.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part)
            {
                continue; // chart sheets and dangling references hold no cells
            }

            yield return Sheet(sheet.Name?.Value ?? string.Empty, part.Worksheet, strings, styles, budget);
        }
    }

    private static XlsxSheetCells Sheet(string name, Worksheet ws, List<string> strings, XlsxSdkStyles styles, XlsxReadBudget budget)
    {
        var cells = new List<XlsxStoredCell>();
        var rowNumber = 0;
        foreach (var row in ws.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            rowNumber = row.RowIndex is { HasValue: true } ri ? (int)Math.Min(ri.Value, int.MaxValue) : rowNumber + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var at = cell.CellReference?.Value is { } reference && TryParseReference(reference, out var r, out var c) ? (r, c) : (rowNumber, column + 1);
                column = at.Item2;
                if (at.Item1 is < 1 or > MaxRow || at.Item2 is < 1 or > MaxColumn)
                {
                    continue;
                }

                var style = cell.StyleIndex is { HasValue: true } si ? styles.Format((int)Math.Min(si.Value, int.MaxValue)) : styles.Format(0);
                var text = ValueOf(cell, strings, style, out var number);
                if (text.Length == 0 && !style.Bordered)
                {
                    continue;
                }

                if (!budget.Take(text.Length > 0))
                {
                    return new XlsxSheetCells(name, cells, Merges(ws));
                }

                cells.Add(new XlsxStoredCell(at.Item1, at.Item2, text, number, style.Bordered));
            }
        }

        return new XlsxSheetCells(name, cells, Merges(ws));
    }

    private static List<XlsxMerge> Merges(Worksheet ws)
    {
        var merges = new List<XlsxMerge>();
        foreach (var merge in ws.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
        {
            var parts = (merge.Reference?.Value ?? string.Empty).Split(':');
            if (parts.Length == 2 && TryParseReference(parts[0], out var r1, out var c1) && TryParseReference(parts[1], out var r2, out var c2))
            {
                merges.Add(new XlsxMerge(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2)));
            }
        }

        return merges;
    }

    /// <summary>The cell's displayed text, following <see cref="XlsxCellText"/>'s rules.</summary>
    private static string ValueOf(Cell cell, List<string> strings, XlsxSdkStyles.CellStyle style, out bool number)
    {
        number = false;
        var raw = cell.CellValue?.Text;
        var type = cell.DataType is { HasValue: true } t ? t.Value : CellValues.Number;
        switch (type)
        {
            case CellValues.SharedString:
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? CellText.Clean(strings[index]) : string.Empty;
            case CellValues.InlineString:
                return cell.InlineString is { } inline ? CellText.Clean(TextOf(inline)) : string.Empty;
            case CellValues.Boolean:
                return raw is null ? string.Empty : raw.Trim() == "1" ? "TRUE" : "FALSE";
            case CellValues.String or CellValues.Error:
                return CellText.Clean(raw ?? string.Empty);
            case CellValues.Date:
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Date(date) : CellText.Clean(raw ?? string.Empty);
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return CellText.Clean(raw ?? string.Empty);
        }

        if (style.IsDate && value is >= 0 and < 2958466)
        {
            return Date(DateTime.FromOADate(value));
        }

        number = true;
        return XlsxNumberFormat.Display(value, style.FormatId, style.FormatCode);
    }

    private static string Date(DateTime d) =>
        d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Text of a shared or inline string: its t, or its runs; phonetic runs left out.</summary>
    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        var t = item.GetFirstChild<SText>();
        return t is not null ? t.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>"AB12" → row 12, column 28.</summary>
    public static bool TryParseReference(string reference, out int row, out int column)
    {
        row = column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaxColumn; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i > 0 && column <= MaxColumn
            && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row)
            && row is >= 1 and <= MaxRow;
    }
}
