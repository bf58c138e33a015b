namespace Juesuan.Documents.Pdf;

/// <summary>
/// A ruled table on a page: the x boundaries of its grid columns, the y boundaries of its
/// grid rows (top-down), and the ruling segments that tell which neighbouring grid cells are
/// separated (where a line is missing, the cells are merged).
/// </summary>
internal sealed class RuledGrid
{
    // Lines that cross within this distance (points) belong to the same table.
    private const double Touch = 3.0;

    private readonly List<Segment> _horizontal;
    private readonly List<Segment> _vertical;

    private RuledGrid(double[] xs, double[] ys, List<Segment> horizontal, List<Segment> vertical)
    {
        Xs = xs;
        Ys = ys;
        _horizontal = horizontal;
        _vertical = vertical;
    }

    /// <summary>Column boundaries, ascending; there are Xs.Length - 1 grid columns.</summary>
    public double[] Xs { get; }

    /// <summary>Row boundaries, top to bottom; there are Ys.Length - 1 grid rows.</summary>
    public double[] Ys { get; }

    public int Columns => Xs.Length - 1;

    public int Rows => Ys.Length - 1;

    public double Left => Xs[0];

    public double Right => Xs[^1];

    public double Top => Ys[0];

    public double Bottom => Ys[^1];

    /// <summary>True when a vertical line separates grid column <paramref name="col"/> from the next one in row <paramref name="row"/>.</summary>
    public bool SeparatesRight(int row, int col) => Covers(_vertical, Xs[col + 1], (Ys[row] + Ys[row + 1]) / 2);

    /// <summary>True when a horizontal line separates grid row <paramref name="row"/> from the next one in column <paramref name="col"/>.</summary>
    public bool SeparatesBelow(int row, int col) => Covers(_horizontal, Ys[row + 1], (Xs[col] + Xs[col + 1]) / 2);

    /// <summary>The grid column holding x, or -1 outside the table.</summary>
    public int ColumnOf(double x) => Find(Xs, x);

    /// <summary>The grid row holding y, or -1 outside the table.</summary>
    public int RowOf(double y) => Find(Ys, y);

    /// <summary>
    /// Every table on the page: connected sets of crossing horizontal and vertical lines with
    /// at least two grid rows and two grid columns (a single framed box is not a table).
    /// </summary>
    public static List<RuledGrid> Find(Rulings rulings)
    {
        var h = rulings.Horizontal;
        var v = rulings.Vertical;
        var grids = new List<RuledGrid>();
        if (h.Count < 2 || v.Count < 2 || (long)h.Count * v.Count > 4_000_000)
        {
            return grids;
        }

        var parent = Enumerable.Range(0, h.Count + v.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var i = 0; i < h.Count; i++)
        {
            for (var j = 0; j < v.Count; j++)
            {
                if (v[j].Pos >= h[i].From - Touch && v[j].Pos <= h[i].To + Touch
                    && h[i].Pos >= v[j].From - Touch && h[i].Pos <= v[j].To + Touch)
                {
                    parent[Root(i)] = Root(h.Count + j);
                }
            }
        }

        foreach (var component in Enumerable.Range(0, h.Count + v.Count).GroupBy(Root))
        {
            var hs = component.Where(i => i < h.Count).Select(i => h[i]).ToList();
            var vs = component.Where(i => i >= h.Count).Select(i => v[i - h.Count]).ToList();
            if (hs.Count < 2 || vs.Count < 2)
            {
                continue;
            }

            // Outer edges count even where the table has no outer vertical (or horizontal) line.
            var xs = Boundaries(vs.Select(s => s.Pos).Append(hs.Min(s => s.From)).Append(hs.Max(s => s.To)), 3.0);
            var ys = Boundaries(hs.Select(s => s.Pos).Append(vs.Min(s => s.From)).Append(vs.Max(s => s.To)), 2.0);
            if (xs.Length >= 3 && ys.Length >= 3 && xs.Length <= 101 && ys.Length <= 2001)
            {
                grids.Add(new RuledGrid(xs, ys, hs, vs));
            }
        }

        grids.Sort((a, b) => a.Top.CompareTo(b.Top));
        return grids;
    }

    /// <summary>Sorted distinct positions; positions closer than <paramref name="minGap"/> become one (their mean).</summary>
    private static double[] Boundaries(IEnumerable<double> positions, double minGap)
    {
        var sorted = positions.Order().ToList();
        var result = new List<double>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i;
            var sum = 0.0;
            while (j < sorted.Count && sorted[j] - sorted[i] < minGap)
            {
                sum += sorted[j];
                j++;
            }

            result.Add(sum / (j - i));
            i = j;
        }

        return [.. result];
    }

    private static bool Covers(List<Segment> segments, double pos, double at)
    {
        foreach (var s in segments)
        {
            if (Math.Abs(s.Pos - pos) <= Rulings.Snap + 1.5 && s.From - 1 <= at && at <= s.To + 1)
            {
                return true;
            }
        }

        return false;
    }

    private static int Find(double[] bounds, double p)
    {
        if (p < bounds[0] || p > bounds[^1])
        {
            return -1;
        }

        var i = Array.BinarySearch(bounds, p);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return Math.Clamp(i, 0, bounds.Length - 2);
    }
}
