using System.Text;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// Finds tables drawn without ruling lines: runs of at least three lines that each hold
/// three or more separate text clusters, one of them a number. Columns are the overlapping
/// x-ranges of those clusters (right-aligned numbers of one column overlap each other).
/// Lines in between that hold only text (a name wrapped above and below its row, a label
/// printed under its amounts) are merged into the nearest data row; up to four lines just
/// above the first data row form one header row, each column's lines joined.
/// </summary>
internal static class AlignedTableFinder
{
    // Words farther apart than this many font sizes are in different cells.
    private const double CellGapEms = 1.5;

    private const int MinDataRows = 3;

    /// <summary>Returns the tables found and removes their lines from <paramref name="lines"/>.</summary>
    public static List<PlacedTable> Find(List<TextLine> lines, PageMetrics metrics, SourceLocation at, int page)
    {
        var tables = new List<PlacedTable>();
        var rows = VisualRows(lines);
        var used = new HashSet<TextLine>();
        var i = 0;
        while (i < rows.Count)
        {
            if (!IsData(rows[i].Clusters))
            {
                i++;
                continue;
            }

            // Extend over data rows and the text-only lines between them.
            var last = i;
            var dataRows = 1;
            for (var j = i + 1; j < rows.Count && rows[j].Baseline - rows[last].Baseline < 3.5 * metrics.LineStep; j++)
            {
                if (IsData(rows[j].Clusters))
                {
                    last = j;
                    dataRows++;
                }
            }

            if (dataRows < MinDataRows)
            {
                i = last + 1;
                continue;
            }

            var columns = Columns(rows.Skip(i).Take(last - i + 1).Where(r => IsData(r.Clusters)));
            // A name wrapped below the last data row.
            var size = rows[i].Clusters[0].Size;
            while (last + 1 < rows.Count && rows[last + 1].Baseline - rows[last].Baseline < 1.2 * metrics.LineStep
                && !IsData(rows[last + 1].Clusters) && FitsColumns(rows[last + 1], columns, size))
            {
                last++;
            }

            var header = i;
            while (header > 0 && i - header < 4 && rows[header].Baseline - rows[header - 1].Baseline < 2.5 * metrics.LineStep
                && FitsColumns(rows[header - 1], columns, size))
            {
                header--;
            }

            tables.Add(Build(rows, columns, header, i, last, at, page));
            for (var k = header; k <= last; k++)
            {
                used.UnionWith(rows[k].Sources);
            }

            i = last + 1;
        }

        lines.RemoveAll(used.Contains);
        return tables;
    }

    private static PlacedTable Build(List<VisualRow> rows, List<(double Left, double Right)> columns, int header, int firstData, int last, SourceLocation at, int page)
    {
        var cells = new List<StringBuilder[]>();
        var headerCells = NewRow(columns.Count);
        for (var k = header; k < firstData; k++)
        {
            Place(rows[k], columns, headerCells);
        }

        if (firstData > header)
        {
            cells.Add(headerCells);
        }

        // Data rows first, then each text-only line joins the data row nearest to it.
        var dataIndex = new List<int>();
        for (var k = firstData; k <= last; k++)
        {
            if (IsData(rows[k].Clusters))
            {
                dataIndex.Add(k);
            }
        }

        var dataCells = dataIndex.Select(_ => NewRow(columns.Count)).ToList();
        var order = Enumerable.Range(firstData, last - firstData + 1)
            .Select(k => (k, target: dataIndex.Count == 0 ? 0 : Nearest(rows, dataIndex, k)))
            .OrderBy(t => t.k);
        foreach (var (k, target) in order)
        {
            Place(rows[k], columns, dataCells[target]);
        }

        cells.AddRange(dataCells);
        var layoutRows = cells
            .Select(r => new LayoutRow(r.Select(sb => new LayoutCell(CellText.Clean(sb.ToString()), at)).ToList(), at))
            .ToList();
        var bounds = columns.Select(c => c.Left).Append(columns[^1].Right).ToArray();
        return new PlacedTable(layoutRows, bounds, page, rows[header].Top, rows[last].Bottom);
    }

    private static int Nearest(List<VisualRow> rows, List<int> dataIndex, int k)
    {
        var best = 0;
        for (var d = 1; d < dataIndex.Count; d++)
        {
            if (Math.Abs(rows[dataIndex[d]].Baseline - rows[k].Baseline) < Math.Abs(rows[dataIndex[best]].Baseline - rows[k].Baseline))
            {
                best = d;
            }
        }

        return best;
    }

    private static void Place(VisualRow row, List<(double Left, double Right)> columns, StringBuilder[] target)
    {
        foreach (var cluster in row.Clusters)
        {
            var best = 0;
            var bestOverlap = double.MinValue;
            for (var c = 0; c < columns.Count; c++)
            {
                var overlap = Math.Min(cluster.Right, columns[c].Right) - Math.Max(cluster.Left, columns[c].Left);
                if (overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    best = c;
                }
            }

            TextJoin.AppendWrapped(target[best], cluster.Text);
        }
    }

    /// <summary>Column x-ranges: the union of overlapping cluster ranges, left to right.</summary>
    private static List<(double Left, double Right)> Columns(IEnumerable<VisualRow> dataRows)
    {
        var spans = dataRows.SelectMany(r => r.Clusters).Select(c => (c.Left, c.Right)).OrderBy(s => s.Left).ToList();
        var columns = new List<(double Left, double Right)>();
        foreach (var s in spans)
        {
            if (columns.Count > 0 && s.Left <= columns[^1].Right)
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, s.Right));
            }
            else
            {
                columns.Add(s);
            }
        }

        return columns;
    }

    /// <summary>
    /// A header line or a wrapped name sits over the columns in the table's font; a title
    /// (larger), the "单位：万元" / "部门：…" line or a note is not part of the table.
    /// </summary>
    private static bool FitsColumns(VisualRow row, List<(double Left, double Right)> columns, double size)
    {
        var first = row.Clusters[0].Text;
        if (row.Clusters.Any(c => c.Size > size * 1.15)
            || first.StartsWith("单位", StringComparison.Ordinal)
            || first.StartsWith("部门", StringComparison.Ordinal)
            || first.StartsWith("编制单位", StringComparison.Ordinal)
            || first.StartsWith("注", StringComparison.Ordinal))
        {
            return false;
        }

        return row.Clusters.All(c => columns.Any(col => Math.Min(c.Right, col.Right) > Math.Max(c.Left, col.Left)));
    }

    private static bool IsData(List<TextLine> clusters) =>
        clusters.Count >= 3 && clusters.Any(c => IsAmount(c.Text));

    private static bool IsAmount(string text) =>
        text.Length > 0 && text.All(ch => char.IsAsciiDigit(ch) || ch is ',' or '.' or '-' or '%') && text.Any(char.IsAsciiDigit);

    private static StringBuilder[] NewRow(int n) => Enumerable.Range(0, n).Select(_ => new StringBuilder()).ToArray();

    /// <summary>Lines sharing a baseline (they were split at wide gaps) become one row of clusters.</summary>
    private static List<VisualRow> VisualRows(List<TextLine> lines)
    {
        var rows = new List<VisualRow>();
        foreach (var group in lines.GroupBy(l => Math.Round(l.Baseline, 1)).OrderBy(g => g.Key))
        {
            var sources = group.ToList();
            var clusters = sources.SelectMany(l => l.SplitAtGaps(CellGapEms)).OrderBy(c => c.Left).ToList();
            rows.Add(new VisualRow(sources, clusters, group.Key, sources.Min(l => l.Top), sources.Max(l => l.Bottom)));
        }

        return rows;
    }

    private sealed record VisualRow(List<TextLine> Sources, List<TextLine> Clusters, double Baseline, double Top, double Bottom);
}
