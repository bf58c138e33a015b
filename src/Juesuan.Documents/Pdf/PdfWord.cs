using UglyToad.PdfPig.Content;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// A run of letters on one baseline with its box in top-down page coordinates (y grows
/// downwards, so sorting by <see cref="Top"/> is reading order).
/// </summary>
internal sealed class PdfWord
{
    public PdfWord(string text, double left, double right, double top, double bottom, double baseline, double size)
    {
        Text = text;
        Left = left;
        Right = right;
        Top = top;
        Bottom = bottom;
        Baseline = baseline;
        Size = size;
    }

    public string Text { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Baseline { get; }

    /// <summary>Font size in points (an em), used to scale every tolerance.</summary>
    public double Size { get; }

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    /// <summary>
    /// Groups a page's letters, in content-stream order, into runs: a run ends at a blank, a
    /// change of baseline, a gap wider than half a character, or a step backwards. This is
    /// linear and finer than word extraction, which a table needs: the texts of two
    /// neighbouring cells are never glued together. Lines and cells join runs again.
    /// </summary>
    public static List<PdfWord> FromLetters(IReadOnlyList<Letter> letters, double pageHeight)
    {
        var words = new List<PdfWord>((letters.Count / 4) + 16);
        var start = 0;
        for (var i = 0; i <= letters.Count; i++)
        {
            if (i < letters.Count && i > start && Continues(letters[i - 1], letters[i]))
            {
                continue;
            }

            if (i > start && Run(letters, start, i, pageHeight) is { } word)
            {
                words.Add(word);
            }

            start = i;
            if (i < letters.Count && string.IsNullOrWhiteSpace(letters[i].Value))
            {
                start = i + 1;
            }
        }

        return words;
    }

    private static bool Continues(Letter prev, Letter next)
    {
        if (string.IsNullOrWhiteSpace(next.Value) || next.TextOrientation != TextOrientation.Horizontal
            || prev.TextOrientation != TextOrientation.Horizontal)
        {
            return false;
        }

        var size = LetterSize(next);
        var gap = next.BoundingBox.Left - prev.BoundingBox.Right;
        return Math.Abs(next.StartBaseLine.Y - prev.StartBaseLine.Y) < size * 0.3
            && gap < size * 0.5
            && gap > -size * 0.5;
    }

    private static PdfWord? Run(IReadOnlyList<Letter> letters, int from, int to, double pageHeight)
    {
        var chars = new System.Text.StringBuilder();
        double left = double.MaxValue, right = double.MinValue, top = double.MaxValue, bottom = double.MinValue, size = 0;
        for (var i = from; i < to; i++)
        {
            var l = letters[i];
            if (string.IsNullOrWhiteSpace(l.Value))
            {
                continue;
            }

            var r = l.BoundingBox;
            chars.Append(l.Value);
            left = Math.Min(left, Math.Min(r.Left, r.Right));
            right = Math.Max(right, Math.Max(r.Left, r.Right));
            top = Math.Min(top, pageHeight - Math.Max(r.Top, r.Bottom));
            bottom = Math.Max(bottom, pageHeight - Math.Min(r.Top, r.Bottom));
            size = Math.Max(size, LetterSize(l));
        }

        if (chars.Length == 0)
        {
            return null;
        }

        // Glyph boxes of thin characters ('1', '.') can be degenerate; keep every box non-empty.
        if (bottom - top < size * 0.3)
        {
            bottom = top + size * 0.7;
        }

        var baseline = pageHeight - letters[from].StartBaseLine.Y;
        return new PdfWord(chars.ToString(), left, Math.Max(right, left + 0.1), top, bottom, baseline, size);
    }

    /// <summary>The point size, or the glyph height when the size is not usable (a font scaled by the matrix).</summary>
    private static double LetterSize(Letter letter)
    {
        var ps = letter.PointSize;
        if (ps is > 2 and < 200)
        {
            return ps;
        }

        var h = Math.Abs(letter.BoundingBox.Height);
        return h is > 2 and < 200 ? h / 0.85 : 10;
    }
}
