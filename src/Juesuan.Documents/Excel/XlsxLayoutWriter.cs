using Juesuan.Documents.Office;
using System.Globalization;
using ClosedXML.Excel;
using Juesuan.Documents.Layout;
using TableKinds = Juesuan.Domain.Tables.TableKinds;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as an .xlsx the way reporting software exports one:
/// a sheet per table (named after its title) with its captions on top, then the table with
/// thin borders and merged cells for ColumnSpan; running text goes to "说明" sheets. Sheet
/// order is document order. Figures become numbers whose format prints them back as written
/// ("16.90" as 16.9 with 0.00, "2,940.05" as 2940.05 with #,##0.00); all else is text.
/// </summary>
/// <remarks>
/// <see cref="XlsxLayoutReader"/> reads this back to the same tables in the same order and
/// every paragraph text (paragraphs are regrouped per sheet). Limits: a table row whose cells
/// span fewer columns than the widest row reads back padded with empty cells, leading and
/// trailing all-empty table rows are dropped, and texts beyond Excel's 32,767 characters are cut.
/// </remarks>
internal static class XlsxLayoutWriter
{
    private const int MaxCellText = 32_767;
    private const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;

    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    public static void Write(LayoutDocument doc, Stream output)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "宋体";
        workbook.Style.Font.FontSize = 10;
        var names = new XlsxSheetNames();
        var tables = 0;
        foreach (var plan in XlsxSheetPlan.Plan(doc.Blocks))
        {
            if (plan.Table is { } table)
            {
                tables++;
                var ws = workbook.AddWorksheet(names.Make(plan.Title, string.Create(CultureInfo.InvariantCulture, $"表{tables}")));
                WriteTable(ws, plan.Captions, table);
            }
            else
            {
                WriteText(workbook.AddWorksheet(names.Make("说明", "说明")), plan.Captions);
            }
        }

        if (workbook.Worksheets.Count == 0)
        {
            workbook.AddWorksheet(names.Make("说明", "说明")); // a workbook needs a sheet
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WriteText(IXLWorksheet ws, IReadOnlyList<string> paragraphs)
    {
        ws.Column(1).Width = 100;
        for (var i = 0; i < paragraphs.Count && i < MaxRows; i++)
        {
            var cell = ws.Cell(i + 1, 1);
            SetText(cell, paragraphs[i]);
            cell.Style.Alignment.WrapText = true;
        }
    }

    private static void WriteTable(IXLWorksheet ws, IReadOnlyList<string> captions, LayoutTable table)
    {
        var width = Math.Clamp(table.Rows.Max(r => r.Cells.Sum(Span)), 1, MaxColumns);
        var row = 1;
        foreach (var caption in captions)
        {
            var cell = ws.Cell(row, 1);
            SetText(cell, caption);
            if (TableKinds.FromTitle(caption) is not null)
            {
                if (width > 1)
                {
                    ws.Range(row, 1, row, width).Merge();
                }

                cell.Style.Font.Bold = true;
                cell.Style.Font.FontSize = 16;
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            }

            row++;
        }

        var columnChars = new double[width + 1];
        var formats = new List<(int Row, int Col, string Format)>();
        var top = row;
        var headerRows = 0;
        // Rows still covered by a cell above that spans downwards, per column.
        var covered = new int[width + 1];
        foreach (var layoutRow in table.Rows)
        {
            if (layoutRow.Cells.Count == 0 || row > MaxRows)
            {
                continue;
            }

            if (layoutRow.IsHeader && headerRows == row - top)
            {
                headerRows++;
            }

            var col = 1;
            foreach (var layoutCell in layoutRow.Cells)
            {
                var span = Math.Min(Span(layoutCell), width - col + 1);
                if (span <= 0)
                {
                    break;
                }

                if (covered[col] > 0)
                {
                    covered[col]--; // part of the merged cell above
                    col += span;
                    continue;
                }

                if (SetValue(ws.Cell(row, col), layoutCell.Text) is { } format)
                {
                    formats.Add((row, col, format));
                }

                var down = Math.Clamp(layoutCell.RowSpan, 1, MaxRows - row + 1);
                if (span > 1 || down > 1)
                {
                    ws.Range(row, col, row + down - 1, col + span - 1).Merge();
                    for (var k = col; k < col + span; k++)
                    {
                        covered[k] = down - 1;
                    }
                }

                if (span == 1)
                {
                    columnChars[col] = Math.Max(columnChars[col], DisplayWidth(layoutCell.Text));
                }

                col += span;
            }

            row++;
        }

        if (row > top)
        {
            // One style for the whole rectangle (styling cell by cell is slow in ClosedXML);
            // a short row is thereby drawn to the table's width and still reads as a table row.
            var area = ws.Range(top, 1, row - 1, width);
            area.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            area.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            area.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            area.Style.Alignment.WrapText = true;
            if (headerRows > 0)
            {
                var header = ws.Range(top, 1, top + headerRows - 1, width).Style;
                header.Font.Bold = true;
                header.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                ws.SheetView.FreezeRows(top + headerRows - 1);
            }
        }

        ApplyNumberFormats(ws, formats);

        for (var c = 1; c <= width; c++)
        {
            ws.Column(c).Width = Math.Clamp(columnChars[c] + 2, 8, 50);
        }
    }

    /// <summary>
    /// A figure as a number, returning the number format that prints it back as the same text
    /// (applied later, per range); anything else as text, returning null.
    /// </summary>
    private static string? SetValue(IXLCell cell, string text)
    {
        if (XlsxNumberFormat.TryAsNumber(text, out var value, out var format))
        {
            cell.SetValue(value);
            return format;
        }

        SetText(cell, text);
        return null;
    }

    /// <summary>
    /// Sets number formats per vertical run of cells with the same format: styling cell by cell
    /// costs ClosedXML about 50 µs a cell, a column of figures is one range.
    /// </summary>
    private static void ApplyNumberFormats(IXLWorksheet ws, List<(int Row, int Col, string Format)> formats)
    {
        formats.Sort((a, b) => a.Col != b.Col ? a.Col.CompareTo(b.Col) : a.Row.CompareTo(b.Row));
        for (var i = 0; i < formats.Count;)
        {
            var j = i + 1;
            while (j < formats.Count && formats[j].Col == formats[i].Col && formats[j].Row == formats[j - 1].Row + 1
                && string.Equals(formats[j].Format, formats[i].Format, StringComparison.Ordinal))
            {
                j++;
            }

            ws.Range(formats[i].Row, formats[i].Col, formats[j - 1].Row, formats[i].Col).Style.NumberFormat.Format = formats[i].Format;
            i = j;
        }
    }

    /// <summary>Text stays text: SetValue&lt;string&gt; does not turn "007" into 7 or "=1" into a formula.</summary>
    private static void SetText(IXLCell cell, string text)
    {
        text = OfficeText.Sanitize(text);
        if (text.Length > MaxCellText)
        {
            text = text[..MaxCellText];
        }

        if (text.Length > 0)
        {
            cell.SetValue(text);
            cell.DataType = XLDataType.Text;
        }
    }

    private static int Span(LayoutCell cell) => Math.Clamp(cell.ColumnSpan, 1, MaxColumns);

    /// <summary>Approximate column width in characters: CJK characters count double.</summary>
    private static double DisplayWidth(string text)
    {
        var longest = 0.0;
        foreach (var line in text.Split('\n'))
        {
            var w = line.Sum(c => c >= '\u2e80' ? 2.0 : 1.0);
            longest = Math.Max(longest, w);
        }

        return longest;
    }
}
