using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Rebuilds the column headings of a multi-row header whose merged cells the input does not
/// mark (a Word text export prints one line per cell, merged or not). Rows are aligned
/// bottom-up: an upper cell spans either one position whose lower cell is empty (the upper
/// cell was merged downwards) or a run of filled lower positions; runs are split evenly
/// when the upper row has more cells than the lower row has runs.
/// </summary>
internal static class HeaderGrid
{
    /// <summary>For each grid column, its heading path from top to bottom (distinct, compacted, non-empty).</summary>
    public static IReadOnlyList<string>[] Build(IReadOnlyList<LayoutRow> headerRows, int width)
    {
        var paths = new List<string>[width];
        for (var i = 0; i < width; i++)
        {
            paths[i] = [];
        }

        string?[]? below = null;
        for (var r = headerRows.Count - 1; r >= 0; r--)
        {
            var expanded = Expand(headerRows[r].Cells, width, below);
            for (var i = 0; i < width; i++)
            {
                var t = expanded[i];
                if (!string.IsNullOrEmpty(t) && (paths[i].Count == 0 || paths[i][0] != t))
                {
                    paths[i].Insert(0, t);
                }
            }

            below = expanded;
        }

        return paths;
    }

    private static string?[] Expand(IReadOnlyList<LayoutCell> cells, int width, string?[]? below)
    {
        var result = new string?[width];
        var texts = cells.Select(c => CellText.Compact(c.Text)).ToList();
        var spans = cells.Select(c => Math.Max(1, c.ColumnSpan)).ToList();
        if (cells.Count >= width)
        {
            // A full row: a spanning cell is followed by empty placeholders for the columns it covers.
            for (var k = 0; k < width; k++)
            {
                if (texts[k].Length == 0)
                {
                    continue;
                }

                for (var s = 0; s < spans[k] && k + s < width; s++)
                {
                    if (s == 0 || texts[k + s].Length == 0)
                    {
                        result[k + s] = texts[k];
                    }
                }
            }

            return result;
        }

        if (below is null && spans.Sum() != width && cells.Count > 0)
        {
            // The lowest heading row is short: its first cell ("项目") covers the code and name
            // columns, and the value headings sit over the value columns at the right.
            spans = [width - cells.Count + 1, .. Enumerable.Repeat(1, cells.Count - 1)];
        }

        if (spans.Sum() == width || below is null)
        {
            var p = 0;
            for (var k = 0; k < cells.Count && p < width; k++)
            {
                for (var s = 0; s < spans[k] && p < width; s++)
                {
                    result[p++] = texts[k];
                }
            }

            return result;
        }

        // Segments of the row below: an empty position alone, or a run of filled positions.
        var segments = new List<(int Start, int Length)>();
        for (var i = 0; i < width;)
        {
            if (string.IsNullOrEmpty(below[i]))
            {
                segments.Add((i, 1));
                i++;
                continue;
            }

            var j = i;
            while (j < width && !string.IsNullOrEmpty(below[j]))
            {
                j++;
            }

            segments.Add((i, j - i));
            i = j;
        }

        var assignments = Assign(segments, cells.Count);
        for (var k = 0; k < assignments.Count; k++)
        {
            var (start, length) = assignments[k];
            for (var p = start; p < start + length && p < width; p++)
            {
                result[p] = texts[k];
            }
        }

        return result;
    }

    private static List<(int Start, int Length)> Assign(List<(int Start, int Length)> segments, int cells)
    {
        if (cells == segments.Count)
        {
            return segments;
        }

        if (cells < segments.Count)
        {
            // The first cell ("项目") spans the leading segments.
            var extra = segments.Count - cells;
            var first = segments[0];
            var lastOfFirst = segments[extra];
            var merged = new List<(int, int)> { (first.Start, lastOfFirst.Start + lastOfFirst.Length - first.Start) };
            merged.AddRange(segments.Skip(extra + 1));
            return merged;
        }

        // More cells than segments: split the longest runs evenly.
        var pieces = segments.Select(s => new List<(int, int)> { s }).ToList();
        var need = cells - segments.Count;
        while (need > 0)
        {
            var idx = Enumerable.Range(0, pieces.Count).Where(i => segments[i].Length > pieces[i].Count).DefaultIfEmpty(-1)
                .MaxBy(i => i < 0 ? 0 : segments[i].Length / (double)pieces[i].Count);
            if (idx < 0)
            {
                break;
            }

            var parts = pieces[idx].Count + 1;
            var seg = segments[idx];
            var size = seg.Length / parts;
            pieces[idx] = Enumerable.Range(0, parts)
                .Select(k => (seg.Start + (k * size), k == parts - 1 ? seg.Length - (k * size) : size))
                .ToList();
            need--;
        }

        return pieces.SelectMany(p => p).ToList();
    }
}
