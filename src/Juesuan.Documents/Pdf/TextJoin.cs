using System.Text;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// How pieces of text are glued back together. Chinese has no spaces between words, so a
/// gap or a line break next to a Chinese character is layout, not a space; between two
/// Latin words it is a space; a number broken over a line ("2,946." / "25") is one number.
/// </summary>
internal static class TextJoin
{
    /// <summary>Joins the words of one line, left to right.</summary>
    public static string JoinLine(IReadOnlyList<PdfWord> words)
    {
        if (words.Count == 1)
        {
            return words[0].Text;
        }

        var sb = new StringBuilder();
        PdfWord? prev = null;
        foreach (var w in words)
        {
            if (prev is not null)
            {
                var gap = w.Left - prev.Right;
                var em = Math.Max(prev.Size, w.Size);
                if (gap > em * 0.2 && NeedsSpace(sb[^1], w.Text[0]))
                {
                    sb.Append(' ');
                }
            }

            sb.Append(w.Text);
            prev = w;
        }

        return sb.ToString();
    }

    /// <summary>Appends the next wrapped line of the same paragraph or cell.</summary>
    public static void AppendWrapped(StringBuilder sb, string next)
    {
        if (next.Length == 0)
        {
            return;
        }

        if (sb.Length > 0 && WrapNeedsSpace(sb[^1], next[0]))
        {
            sb.Append(' ');
        }

        sb.Append(next);
    }

    /// <summary>True for characters written without spaces around them (CJK, full-width forms, Chinese punctuation).</summary>
    public static bool IsWide(char c) =>
        c is >= '\u2e80' and <= '\u9fff'
            or >= '\uf900' and <= '\ufaff'
            or >= '\ufe30' and <= '\ufe4f'
            or >= '\uff00' and <= '\uffef'
            or >= '\u2018' and <= '\u201d'
            or '\u2026' or '\u2014' or '\u00b7';

    // Next to a Chinese character a gap is layout: letter-spacing ("收 入 决 算 表") or the
    // thin space some producers put around digits ("2024 年度"). Dropping it everywhere gives
    // the same text whichever program made the PDF ("2024年度", "（类）2106.66万元").
    private static bool NeedsSpace(char before, char after) => !IsWide(before) && !IsWide(after);

    private static bool WrapNeedsSpace(char before, char after)
    {
        if (IsWide(before) || IsWide(after))
        {
            return false;
        }

        // "2,946." + "25", "12" + "%": a number or amount broken by the line end.
        var numberBefore = char.IsAsciiDigit(before) || before is '.' or ',' or '-' or '/' or '(';
        var numberAfter = char.IsAsciiDigit(after) || after is '.' or ',' or '%' or ')';
        if (numberBefore && numberAfter)
        {
            return false;
        }

        return true;
    }
}
