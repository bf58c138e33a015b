using System.Globalization;
using System.Text;
using Juesuan.Domain.Amounts;

namespace Juesuan.Documents.Excel;

/// <summary>
/// How a number stored in a spreadsheet cell is printed, following the cell's number format
/// (decimals, thousands separators, percent), and the reverse: which number and format to
/// store so that a printed figure reads back as the same text.
/// </summary>
internal static class XlsxNumberFormat
{
    /// <summary>Up to this many significant digits a double holds a printed figure exactly.</summary>
    private const int MaxSignificantDigits = 15;

    /// <summary>
    /// The text of <paramref name="value"/> under a number format. Decimals, grouping and
    /// percent follow the format's first section (a negative number gets a leading '-');
    /// literals, colours and padding are dropped. "General" and unrecognised formats print
    /// the value with up to 15 significant digits, which hides binary noise such as
    /// 235.81000000000003 the way Excel does.
    /// </summary>
    public static string Display(double value, int formatId, string? format)
    {
        if (!double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var pattern = string.IsNullOrEmpty(format) ? BuiltIn(formatId) : format;
        if (pattern is null || pattern.Equals("General", StringComparison.OrdinalIgnoreCase) || !TryParsePattern(pattern, out var minDecimals, out var maxDecimals, out var grouping, out var percent))
        {
            return General(value);
        }

        if (percent)
        {
            value *= 100;
        }

        if (Math.Abs(value) >= 1e15)
        {
            return General(value) + (percent ? "%" : string.Empty);
        }

        var d = decimal.Round((decimal)value, maxDecimals, MidpointRounding.AwayFromZero);
        if (d == 0)
        {
            d = 0; // no "-0.00"
        }

        var text = d.ToString((grouping ? "N" : "F") + maxDecimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (maxDecimals > minDecimals)
        {
            var trim = text.Length;
            while (trim > 0 && text[trim - 1] == '0' && text.Length - trim < maxDecimals - minDecimals)
            {
                trim--;
            }

            text = text[..trim].TrimEnd('.');
        }

        return percent ? text + "%" : text;
    }

    /// <summary>
    /// True when <paramref name="text"/> is a printed figure that can be stored as a number and
    /// printed back identically under <paramref name="format"/> ("0", "0.00", "#,##0.00" …).
    /// Texts such as "007", "+5", "1,2,3" or figures with more than 15 digits stay text.
    /// </summary>
    public static bool TryAsNumber(string text, out double value, out string format)
    {
        value = 0;
        format = string.Empty;
        if (!Amount.TryParse(text, out var amount) || amount.Scale > 10)
        {
            return false;
        }

        var grouping = text.Contains(',', StringComparison.Ordinal);
        var candidate = (grouping ? "#,##0" : "0") + (amount.Scale > 0 ? "." + new string('0', amount.Scale) : string.Empty);
        var digits = Digits(amount.Value);
        if (digits > MaxSignificantDigits)
        {
            return false;
        }

        var number = (double)amount.Value;
        if (!string.Equals(Display(number, -1, candidate), text, StringComparison.Ordinal))
        {
            return false;
        }

        value = number;
        format = candidate;
        return true;
    }

    private static string General(double value)
    {
        var abs = Math.Abs(value);
        if (abs == 0)
        {
            return "0";
        }

        return abs is >= 1e-9 and < 1e15
            ? ((decimal)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static int Digits(decimal value)
    {
        var s = Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        return s.Length;
    }

    /// <summary>The number formats Excel does not write into styles.xml.</summary>
    private static string? BuiltIn(int id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        37 or 38 => "#,##0",
        39 or 40 => "#,##0.00",
        _ => null,
    };

    private static bool TryParsePattern(string format, out int minDecimals, out int maxDecimals, out bool grouping, out bool percent)
    {
        minDecimals = maxDecimals = 0;
        grouping = percent = false;
        var section = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            switch (c)
            {
                case ';':
                    i = format.Length;
                    break;
                case '"':
                    var close = format.IndexOf('"', i + 1);
                    i = close < 0 ? format.Length : close;
                    break;
                case '[':
                    var end = format.IndexOf(']', i + 1);
                    i = end < 0 ? format.Length : end;
                    break;
                case '\\' or '_' or '*':
                    i++; // the next character is a literal, a padding width or a fill
                    break;
                default:
                    section.Append(c);
                    break;
            }
        }

        var s = section.ToString();
        if (s.IndexOfAny(['0', '#', '?']) < 0 || s.IndexOfAny(['E', 'e', 'y', 'm', 'd', 'h', 's', '/', '@']) >= 0)
        {
            return false;
        }

        var point = s.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? s : s[..point];
        for (var i = 0; i + 1 < integer.Length; i++)
        {
            if (integer[i] == ',' && integer[(i + 1)..].IndexOfAny(['0', '#', '?']) >= 0)
            {
                grouping = true;
            }
        }

        if (point >= 0)
        {
            foreach (var c in s[(point + 1)..])
            {
                if (c == '0')
                {
                    minDecimals++;
                    maxDecimals++;
                }
                else if (c is '#' or '?')
                {
                    maxDecimals++;
                }
            }
        }

        maxDecimals = Math.Min(maxDecimals, 15);
        minDecimals = Math.Min(minDecimals, maxDecimals);
        percent = s.Contains('%', StringComparison.Ordinal);
        return true;
    }
}
