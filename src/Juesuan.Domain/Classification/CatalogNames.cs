using System.Text;

namespace Juesuan.Domain.Classification;

/// <summary>Comparable forms of classification names as documents print them.</summary>
public static class CatalogNames
{
    private static readonly string[] Suffixes = ["（类）", "（款）", "（项）", "(类)", "(款)", "(项)"];

    /// <summary>
    /// Removes spacing, list numbering ("一、"), level suffixes and normalises brackets, so
    /// that "  一、一般公共服务支出" and "一般公共服务（类）支出" compare equal to the catalog name.
    /// </summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            sb.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }

        var s = sb.ToString();
        foreach (var suffix in Suffixes)
        {
            s = s.Replace(suffix, string.Empty, StringComparison.Ordinal);
        }

        return StripListNumber(s);
    }

    /// <summary>Removes a leading "一、", "十二、", "1.", "（三）" numbering.</summary>
    public static string StripListNumber(string s)
    {
        var i = 0;
        if (s.StartsWith('（'))
        {
            var close = s.IndexOf('）', StringComparison.Ordinal);
            if (close > 0 && close <= 4 && s[1..close].All(IsNumeral))
            {
                return s[(close + 1)..];
            }
        }

        while (i < s.Length && IsNumeral(s[i]))
        {
            i++;
        }

        if (i > 0 && i < s.Length && s[i] is '、' or '.' or '．')
        {
            return s[(i + 1)..];
        }

        return s;
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);
}
