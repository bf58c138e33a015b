using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Lays a worksheet out as rows of cells over one column range: the columns that hold text or
/// bordered cells. A merged area becomes one cell with ColumnSpan in its first row; in the
/// rows below (a vertical merge) it becomes an empty cell with the same span, which is how
/// Word prints a vMerge continuation; the other cells the merge covers are omitted. Rows that
/// hold nothing are collapsed into one gap row.
/// </summary>
internal static class XlsxSheetGrid
{
    private readonly record struct Merge(int LastColumn, bool IsOrigin);

    /// <summary>The rows of the sheet, top to bottom; empty for a sheet without text.</summary>
    public static List<XlsxRow> Build(XlsxSheetCells source, string path, XlsxReadBudget budget)
    {
        var sheet = source.Name;
        var texts = new Dictionary<(int Row, int Col), (string Text, bool Number)>();
        var bordered = new List<(int Row, int Col)>();
        foreach (var cell in source.Cells)
        {
            if (cell.Text.Length > 0)
            {
                texts[(cell.Row, cell.Column)] = (cell.Text, cell.IsNumber);
            }

            if (cell.Bordered)
            {
                bordered.Add((cell.Row, cell.Column));
            }
        }

        var all = texts.Keys.Concat(bordered).ToList();
        if (texts.Count == 0 || all.Count == 0)
        {
            return [];
        }

        int firstRow = all.Min(a => a.Row), lastRow = all.Max(a => a.Row);
        int firstCol = all.Min(a => a.Col), lastCol = all.Max(a => a.Col);
        if (lastCol - firstCol + 1 > XlsxReadBudget.MaxColumns)
        {
            lastCol = firstCol + XlsxReadBudget.MaxColumns - 1;
            budget.Truncate($"工作表“{sheet}”超过 {XlsxReadBudget.MaxColumns} 列", stop: false);
        }

        var width = lastCol - firstCol + 1;
        var interesting = new SortedSet<int>(all.Where(a => a.Col >= firstCol && a.Col <= lastCol).Select(a => a.Row));
        var borderCount = bordered.Where(a => a.Col <= lastCol).GroupBy(a => a.Row).ToDictionary(g => g.Key, g => g.Count());

        // Keyed by (row, first column of the merge within the grid) for every row it covers.
        var merges = new Dictionary<(int Row, int Col), Merge>();
        foreach (var m in source.Merges)
        {
            int r1 = m.FirstRow, c1 = m.FirstColumn;
            int top = Math.Max(r1, firstRow), bottom = Math.Min(m.LastRow, lastRow);
            int left = Math.Max(c1, firstCol), right = Math.Min(m.LastColumn, lastCol);
            if (top > bottom || left > right)
            {
                continue;
            }

            budget.GridPositions -= bottom - top + 1;
            if (budget.GridPositions < 0)
            {
                budget.Truncate($"只排列了前 {XlsxReadBudget.MaxGridPositions} 个单元格位置");
                return [];
            }

            for (var r = top; r <= bottom; r++)
            {
                merges[(r, left)] = new Merge(right, r == r1 && left == c1);
                interesting.Add(r);
            }
        }

        var rows = new List<XlsxRow>();
        var previous = -1;
        foreach (var r in interesting)
        {
            if (previous >= 0 && r > previous + 1)
            {
                rows.Add(new XlsxRow([], Locate(path, sheet, previous + 1, firstCol), 0, null, false, false, IsGap: true));
            }

            previous = r;
            budget.GridPositions -= width;
            if (budget.GridPositions < 0)
            {
                budget.Truncate($"只排列了前 {XlsxReadBudget.MaxGridPositions} 个单元格位置");
                break;
            }

            rows.Add(BuildRow(path, sheet, r, firstCol, lastCol, texts, merges, borderCount.GetValueOrDefault(r)));
        }

        return rows;
    }

    private static XlsxRow BuildRow(
        string path, string sheet, int r, int firstCol, int lastCol,
        Dictionary<(int Row, int Col), (string Text, bool Number)> texts,
        Dictionary<(int Row, int Col), Merge> merges,
        int borders)
    {
        var cells = new List<LayoutCell>();
        LayoutCell? single = null;
        var singleIsNumber = false;
        var nonEmpty = 0;
        var c = firstCol;
        while (c <= lastCol)
        {
            var span = 1;
            var text = string.Empty;
            var number = false;
            if (merges.TryGetValue((r, c), out var merge))
            {
                span = merge.LastColumn - c + 1;
                if (merge.IsOrigin && texts.TryGetValue((r, c), out var t))
                {
                    (text, number) = t;
                }
            }
            else if (texts.TryGetValue((r, c), out var t))
            {
                (text, number) = t;
            }

            var cell = new LayoutCell(text, Locate(path, sheet, r, c), span);
            cells.Add(cell);
            if (text.Length > 0)
            {
                nonEmpty++;
                single = cell;
                singleIsNumber = number;
            }

            c += span;
        }

        var bordered = borders >= 2 || (borders == 1 && lastCol == firstCol);
        return new XlsxRow(cells, cells[0].Location, nonEmpty, nonEmpty == 1 ? single : null, nonEmpty == 1 && singleIsNumber, bordered);
    }

    /// <summary>"收入决算表!C7".</summary>
    public static SourceLocation Locate(string path, string sheet, int row, int col) =>
        new() { File = path, SheetCell = $"{sheet}!{ColumnLetters(col)}{row.ToString(System.Globalization.CultureInfo.InvariantCulture)}" };

    private static string ColumnLetters(int col)
    {
        var s = string.Empty;
        for (var n = col; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }
}
