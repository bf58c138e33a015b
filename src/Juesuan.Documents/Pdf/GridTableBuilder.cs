using System.Text;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// Fills a ruled grid with the words inside it. Grid cells not separated by a line form one
/// merged cell; like a merged range in a spreadsheet, its text sits in its top-left grid
/// cell (with <see cref="LayoutCell.ColumnSpan"/> set) and the other grid cells it covers are
/// empty. Every row therefore has exactly one cell per grid column.
/// </summary>
internal static class GridTableBuilder
{
    /// <summary>
    /// Builds the table and removes the words it used from <paramref name="words"/>. Returns
    /// null when the grid holds no text (an empty ruled area, e.g. a page of borders only).
    /// </summary>
    public static PlacedTable? Build(RuledGrid grid, List<PdfWord> words, SourceLocation at, int page)
    {
        int rows = grid.Rows, cols = grid.Columns;
        var region = MergedRegions(grid);
        var texts = new Dictionary<int, List<PdfWord>>();
        var used = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var r = grid.RowOf(w.CenterY);
            var c = grid.ColumnOf(w.CenterX);
            if (r < 0 || c < 0)
            {
                words[used++] = w;
                continue;
            }

            var root = region[(r * cols) + c];
            if (!texts.TryGetValue(root, out var list))
            {
                texts[root] = list = [];
            }

            list.Add(w);
        }

        words.RemoveRange(used, words.Count - used);
        if (texts.Count == 0)
        {
            return null;
        }

        var result = new List<LayoutRow>();
        for (var r = 0; r < rows; r++)
        {
            var cells = new LayoutCell[cols];
            var any = false;
            for (var c = 0; c < cols; c++)
            {
                var index = (r * cols) + c;
                var text = string.Empty;
                var span = 1;

                // Only the top-left grid cell of a merged region carries its text.
                if (region[index] == index && texts.TryGetValue(index, out var inside))
                {
                    text = CellTextOf(inside);
                    while (c + span < cols && region[index + span] == index)
                    {
                        span++;
                    }
                }

                any |= text.Length > 0;
                cells[c] = new LayoutCell(text, at, span);
            }

            if (any)
            {
                result.Add(new LayoutRow(cells, at));
            }
        }

        return result.Count == 0 ? null : new PlacedTable(result, grid.Xs, page, grid.Top, grid.Bottom);
    }

    /// <summary>The text of a cell: its lines top to bottom, wrapped lines joined.</summary>
    public static string CellTextOf(List<PdfWord> words)
    {
        var lines = TextLine.Group(words);
        if (lines.Count == 1)
        {
            return lines[0].Text;
        }

        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            TextJoin.AppendWrapped(sb, line.Text);
        }

        return CellText.Clean(sb.ToString());
    }

    /// <summary>
    /// For each grid cell (row * columns + column), the index of the top-left grid cell of
    /// the merged region it belongs to.
    /// </summary>
    private static int[] MergedRegions(RuledGrid grid)
    {
        int rows = grid.Rows, cols = grid.Columns;
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // Union towards the smaller index so that every root is its region's first cell in
        // row-major order; a rectangular region's first cell is its top-left.
        void Union(int a, int b)
        {
            int ra = Root(a), rb = Root(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var i = (r * cols) + c;
                if (c + 1 < cols && !grid.SeparatesRight(r, c))
                {
                    Union(i, i + 1);
                }

                if (r + 1 < rows && !grid.SeparatesBelow(r, c))
                {
                    Union(i, i + cols);
                }
            }
        }

        var roots = new int[rows * cols];
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = Root(i);
        }

        return roots;
    }
}
