using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Pdf;

/// <summary>Words sharing a baseline, left to right, with their joined and cleaned text.</summary>
internal sealed class TextLine
{
    public TextLine(IReadOnlyList<PdfWord> words)
    {
        Words = words;
        Left = words.Min(w => w.Left);
        Right = words.Max(w => w.Right);
        Top = words.Min(w => w.Top);
        Bottom = words.Max(w => w.Bottom);
        Baseline = words[0].Baseline;
        Size = words.MaxBy(w => w.Text.Length)!.Size;
        Text = CellText.Clean(TextJoin.JoinLine(words));
    }

    public IReadOnlyList<PdfWord> Words { get; }

    public string Text { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Baseline { get; }

    /// <summary>The font size of the line's longest word (a stray larger space or symbol does not count).</summary>
    public double Size { get; }

    /// <summary>
    /// Groups words into lines by baseline (tolerance: a third of the font size), top to
    /// bottom, each line sorted by x. Sorting first keeps this O(n log n).
    /// </summary>
    public static List<TextLine> Group(IEnumerable<PdfWord> words)
    {
        var sorted = words.OrderBy(w => w.Baseline).ThenBy(w => w.Left).ToList();
        var lines = new List<TextLine>();
        var current = new List<PdfWord>();
        double baseline = 0, size = 0;
        foreach (var w in sorted)
        {
            if (current.Count > 0 && Math.Abs(w.Baseline - baseline) > Math.Max(size, w.Size) * 0.3)
            {
                lines.Add(Make(current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = w.Baseline;
                size = w.Size;
            }

            current.Add(w);
        }

        if (current.Count > 0)
        {
            lines.Add(Make(current));
        }

        return lines;
    }

    /// <summary>
    /// Splits a line where its words are far apart (more than <paramref name="ems"/> font
    /// sizes), e.g. "部门：某局" at the left and "单位：万元" at the right of one baseline.
    /// </summary>
    public IEnumerable<TextLine> SplitAtGaps(double ems)
    {
        var start = 0;
        for (var i = 1; i < Words.Count; i++)
        {
            if (Words[i].Left - Words[i - 1].Right > ems * Math.Max(Words[i].Size, Words[i - 1].Size))
            {
                yield return new TextLine(Slice(start, i));
                start = i;
            }
        }

        yield return start == 0 ? this : new TextLine(Slice(start, Words.Count));
    }

    private List<PdfWord> Slice(int from, int to)
    {
        var list = new List<PdfWord>(to - from);
        for (var i = from; i < to; i++)
        {
            list.Add(Words[i]);
        }

        return list;
    }

    private static TextLine Make(List<PdfWord> words)
    {
        words.Sort((a, b) => a.Left.CompareTo(b.Left));
        return new TextLine(words);
    }
}
