using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// A table found on one page, with what is needed to decide whether the next page continues
/// it: its column boundaries and its vertical extent.
/// </summary>
/// <param name="Rows">Rows, each with exactly one cell per grid column.</param>
/// <param name="ColumnBounds">The grid's x boundaries (Columns + 1 values).</param>
/// <param name="Page">1-based page.</param>
/// <param name="Top">Top edge (top-down points).</param>
/// <param name="Bottom">Bottom edge (top-down points).</param>
internal sealed record PlacedTable(List<LayoutRow> Rows, double[] ColumnBounds, int Page, double Top, double Bottom)
{
    public int Columns => ColumnBounds.Length - 1;

    /// <summary>
    /// True when <paramref name="next"/> has the same columns (each boundary within a few
    /// points, after aligning the left edges, since a page may be shifted by its margins).
    /// </summary>
    public bool SameColumns(PlacedTable next)
    {
        if (next.Columns != Columns)
        {
            return false;
        }

        var shift = next.ColumnBounds[0] - ColumnBounds[0];
        var tolerance = Math.Max(4.0, (ColumnBounds[^1] - ColumnBounds[0]) * 0.01);
        for (var i = 0; i < ColumnBounds.Length; i++)
        {
            if (Math.Abs(next.ColumnBounds[i] - shift - ColumnBounds[i]) > tolerance)
            {
                return false;
            }
        }

        return true;
    }
}
