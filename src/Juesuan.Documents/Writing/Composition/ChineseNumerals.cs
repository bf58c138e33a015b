namespace Juesuan.Documents.Writing.Composition;

/// <summary>一, 二, … 九十九 for numbered headings.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The numeral for 1 ≤ <paramref name="n"/> ≤ 99.</summary>
    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        var (tens, ones) = (n / 10, n % 10);
        var head = tens switch { 0 => string.Empty, 1 => "十", _ => Digits[tens] + "十" };
        return head + (ones == 0 ? string.Empty : Digits[ones].ToString());
    }
}
