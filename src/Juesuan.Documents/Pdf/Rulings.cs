using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Juesuan.Documents.Pdf;

/// <summary>A horizontal (Pos = y, From..To = x) or vertical (Pos = x, From..To = y) ruling line.</summary>
internal readonly record struct Segment(double Pos, double From, double To)
{
    public double Length => To - From;
}

/// <summary>
/// Table ruling lines of a page, in top-down coordinates. Producers draw them differently:
/// ONLYOFFICE strokes one short line per cell edge, WPS strokes long lines, Word fills thin
/// rectangles; all become merged horizontal and vertical segments here.
/// </summary>
internal sealed class Rulings
{
    /// <summary>Positions closer than this (points) are the same line.</summary>
    public const double Snap = 2.0;

    // Thicker than this a filled rectangle is shading, not a line.
    private const double MaxThickness = 3.0;

    // Caps keep a hostile page (millions of tiny paths) from costing more than a table would.
    private const int MaxCommands = 200_000;

    private Rulings(List<Segment> horizontal, List<Segment> vertical)
    {
        Horizontal = horizontal;
        Vertical = vertical;
    }

    public IReadOnlyList<Segment> Horizontal { get; }

    public IReadOnlyList<Segment> Vertical { get; }

    public static Rulings Extract(Page page)
    {
        var h = new List<Segment>();
        var v = new List<Segment>();
        var height = page.Height;
        var budget = MaxCommands;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var sub in path)
            {
                budget -= sub.Commands.Count;
                if (budget < 0)
                {
                    return Merge(h, v);
                }

                if (path.IsStroked)
                {
                    AddStrokes(sub, height, h, v);
                }
                else if (sub.GetBoundingRectangle() is { } r)
                {
                    AddThinFill(r, height, h, v);
                }
            }
        }

        return Merge(h, v);
    }

    private static void AddStrokes(PdfSubpath sub, double height, List<Segment> h, List<Segment> v)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move m:
                    start = current = m.Location;
                    break;
                case PdfSubpath.Line l:
                    AddLine(l.From, l.To, height, h, v);
                    start ??= l.From;
                    current = l.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddLine(c, s, height, h, v);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve b:
                    current = b.EndPoint;
                    break;
            }
        }
    }

    private static void AddLine(PdfPoint a, PdfPoint b, double height, List<Segment> h, List<Segment> v)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy < 1 && dx > 1)
        {
            h.Add(new Segment(height - (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (dx < 1 && dy > 1)
        {
            v.Add(new Segment((a.X + b.X) / 2, height - Math.Max(a.Y, b.Y), height - Math.Min(a.Y, b.Y)));
        }
    }

    private static void AddThinFill(PdfRectangle r, double height, List<Segment> h, List<Segment> v)
    {
        var w = Math.Abs(r.Width);
        var t = Math.Abs(r.Height);
        if (t <= MaxThickness && w > MaxThickness)
        {
            h.Add(new Segment(height - (r.Top + r.Bottom) / 2, Math.Min(r.Left, r.Right), Math.Max(r.Left, r.Right)));
        }
        else if (w <= MaxThickness && t > MaxThickness)
        {
            v.Add(new Segment((r.Left + r.Right) / 2, height - Math.Max(r.Top, r.Bottom), height - Math.Min(r.Top, r.Bottom)));
        }
    }

    private static Rulings Merge(List<Segment> h, List<Segment> v) => new(MergeCollinear(h), MergeCollinear(v));

    /// <summary>Joins segments on the same line that touch or overlap (cell edges drawn one by one).</summary>
    private static List<Segment> MergeCollinear(List<Segment> segments)
    {
        segments.Sort((a, b) => a.Pos != b.Pos ? a.Pos.CompareTo(b.Pos) : a.From.CompareTo(b.From));
        var result = new List<Segment>();
        var i = 0;
        while (i < segments.Count)
        {
            // One group: positions within Snap of the group's first line.
            var j = i;
            while (j < segments.Count && segments[j].Pos - segments[i].Pos <= Snap)
            {
                j++;
            }

            var group = segments.GetRange(i, j - i);
            group.Sort((a, b) => a.From.CompareTo(b.From));
            var pos = group.Average(s => s.Pos);
            var from = group[0].From;
            var to = group[0].To;
            foreach (var s in group.Skip(1))
            {
                if (s.From <= to + Snap)
                {
                    to = Math.Max(to, s.To);
                }
                else
                {
                    result.Add(new Segment(pos, from, to));
                    from = s.From;
                    to = s.To;
                }
            }

            result.Add(new Segment(pos, from, to));
            i = j;
        }

        return result;
    }
}
