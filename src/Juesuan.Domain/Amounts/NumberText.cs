using System.Text;

namespace Juesuan.Domain.Amounts;

/// <summary>
/// Normalises the ways a number is printed in disclosures (full-width digits, thousands
/// separators, full-width minus, stray spaces) into invariant text.
/// </summary>
public static class NumberText
{
    /// <summary>
    /// Turns printed text into an invariant number string and its decimal count, or fails
    /// when the text is not a plain number. Percent signs and units are not accepted here.
    /// </summary>
    public static bool TryNormalize(string? text, out string normalized, out int scale)
    {
        normalized = string.Empty;
        scale = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        text = text.Trim(Blank);
        var sb = new StringBuilder(text.Length);
        var sawDigit = false;
        var sawPoint = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                >= '０' and <= '９' => (char)('0' + (raw - '０')),
                '．' => '.',
                '，' => ',',
                '－' or '−' or '—' when sb.Length == 0 => '-',
                _ => raw,
            };
            if (char.IsAsciiDigit(c))
            {
                sb.Append(c);
                sawDigit = true;
                if (sawPoint)
                {
                    scale++;
                }
            }
            else if (c == '.')
            {
                if (sawPoint || !sawDigit)
                {
                    return false;
                }

                sawPoint = true;
                sb.Append('.');
            }
            else if (c == ',')
            {
                // thousands separators only between digits, before the point
                if (!sawDigit || sawPoint)
                {
                    return false;
                }
            }
            else if (c == '-' || c == '+')
            {
                if (sb.Length != 0)
                {
                    return false;
                }

                if (c == '-')
                {
                    sb.Append('-');
                }
            }
            else
            {
                return false;
            }
        }

        if (!sawDigit || sb[^1] == '.')
        {
            return false;
        }

        normalized = sb.ToString();
        return true;
    }

    private static readonly char[] Blank = [' ', '\t', '\u3000', '\u00a0', '\r', '\n'];
}
