using System.Text;

namespace Juesuan.Documents.Layout;

/// <summary>Cleans cell and paragraph text the same way for every format.</summary>
public static class CellText
{
    /// <summary>
    /// Trims blanks (including the full-width space Word leaves in empty cells), drops
    /// "[bookmark: …]" leftovers and applies NFKC so that PDF radicals (⻓) read as characters (长).
    /// </summary>
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var s = text;
        if (s.Contains("[bookmark", StringComparison.OrdinalIgnoreCase))
        {
            s = StripBookmarks(s);
        }

        if (!s.IsNormalized(NormalizationForm.FormKC))
        {
            s = NormalizeKeepingPunctuation(s);
        }

        return s.Trim(Blank);
    }

    /// <summary>Blank characters as documents use them.</summary>
    public static readonly char[] Blank = [' ', '\t', '\u3000', '\u00a0', '\r', '\n', '\u200b', '\ufeff'];

    /// <summary>True when the text is empty once blanks are removed.</summary>
    public static bool IsBlank(string text) => text.AsSpan().Trim(Blank).IsEmpty;

    /// <summary>Removes all blanks inside the text ("项    目" → "项目").</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Array.IndexOf(Blank, c) < 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string StripBookmarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var start = s.IndexOf("[bookmark", i, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                sb.Append(s, i, s.Length - i);
                break;
            }

            var end = s.IndexOf(']', start);
            sb.Append(s, i, start - i);
            if (end < 0)
            {
                break;
            }

            i = end + 1;
        }

        return sb.ToString();
    }

    // NFKC would turn full-width punctuation (，：（）％) into ASCII; documents and messages
    // keep the Chinese forms, so only characters outside that set are normalised.
    private static string NormalizeKeepingPunctuation(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= '\uff01' and <= '\uff5e' || c == '\u3000' || c < '\u2e80')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
        }

        return sb.ToString();
    }
}
