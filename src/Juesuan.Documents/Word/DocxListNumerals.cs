using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Documents.Word;

/// <summary>Renders a list counter in a Word numbering format (w:numFmt), as Word prints it.</summary>
internal static class DocxListNumerals
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>The counter <paramref name="n"/> in <paramref name="format"/>; decimal for formats not listed.</summary>
    public static string Format(int n, NumberFormatValues format)
    {
        if (n < 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return format switch
        {
            NumberFormatValues.ChineseCounting or NumberFormatValues.ChineseCountingThousand
                or NumberFormatValues.TaiwaneseCounting or NumberFormatValues.TaiwaneseCountingThousand
                or NumberFormatValues.JapaneseCounting or NumberFormatValues.IdeographDigital => Chinese(n, ChineseDigits, "十百千"),
            NumberFormatValues.ChineseLegalSimplified => Chinese(n, LegalDigits, "拾佰仟"),
            NumberFormatValues.IdeographTraditional when n is >= 1 and <= 10 => HeavenlyStems[n - 1].ToString(),
            NumberFormatValues.IdeographZodiac when n is >= 1 and <= 12 => EarthlyBranches[n - 1].ToString(),
            NumberFormatValues.DecimalEnclosedCircle or NumberFormatValues.DecimalEnclosedCircleChinese when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
            NumberFormatValues.DecimalEnclosedParen when n is >= 1 and <= 20 => ((char)('⑴' + n - 1)).ToString(),
            NumberFormatValues.DecimalEnclosedFullstop when n is >= 1 and <= 20 => ((char)('⒈' + n - 1)).ToString(),
            NumberFormatValues.DecimalFullWidth or NumberFormatValues.DecimalFullWidth2 => FullWidth(n),
            NumberFormatValues.DecimalZero => n.ToString("00", CultureInfo.InvariantCulture),
            NumberFormatValues.UpperLetter => Letters(n, 'A'),
            NumberFormatValues.LowerLetter => Letters(n, 'a'),
            NumberFormatValues.UpperRoman => Roman(n),
            NumberFormatValues.LowerRoman => Roman(n).ToLowerInvariant(),
            NumberFormatValues.None => string.Empty,
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Chinese counting below 10,000: 十, 十一, 二十, 一百零五, 一千零一十.</summary>
    private static string Chinese(int n, string digits, string units)
    {
        if (n == 0)
        {
            return digits[0].ToString();
        }

        if (n >= 10_000)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        var values = new[] { 1000, 100, 10 };
        var pendingZero = false;
        for (var i = 0; i < values.Length; i++)
        {
            var d = n / values[i] % 10;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append(digits[0]);
                pendingZero = false;
            }

            // 10–19 read 十, 十一 … at the start, not 一十.
            if (!(values[i] == 10 && d == 1 && sb.Length == 0))
            {
                sb.Append(digits[d]);
            }

            sb.Append(units[2 - i]);
        }

        var ones = n % 10;
        if (ones > 0)
        {
            if (pendingZero)
            {
                sb.Append(digits[0]);
            }

            sb.Append(digits[ones]);
        }

        return sb.ToString();
    }

    private static string FullWidth(int n)
    {
        var s = n.ToString(CultureInfo.InvariantCulture);
        return string.Concat(s.Select(c => (char)(c - '0' + '０')));
    }

    /// <summary>A, B … Z, AA, BB … as Word counts letters.</summary>
    private static string Letters(int n, char a)
    {
        if (n == 0)
        {
            return string.Empty;
        }

        var letter = (char)(a + ((n - 1) % 26));
        return new string(letter, ((n - 1) / 26) + 1);
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Numeral)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (value, numeral) in table)
        {
            while (n >= value)
            {
                sb.Append(numeral);
                n -= value;
            }
        }

        return sb.ToString();
    }
}
