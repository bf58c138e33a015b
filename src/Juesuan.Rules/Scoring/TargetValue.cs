using System.Globalization;
using System.Text.RegularExpressions;

namespace Juesuan.Rules.Scoring;

/// <summary>
/// A 年度指标值 or 实际完成值 as printed: "≥95%", "116人", "≤10次", "100%". "≤" and "&lt;" make the
/// indicator 反向 (less is better). Text such as "按时完成" is qualitative.
/// </summary>
internal readonly partial record struct TargetValue(decimal Number, string Unit, bool Reverse, bool Qualitative)
{
    public static bool TryParse(string? text, out TargetValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = Pattern().Match(text.Trim());
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        var op = m.Groups["op"].Value;
        value = new TargetValue(n, m.Groups["u"].Value.Replace('％', '%'), op is "≤" or "<" or "<=", false);
        return true;
    }

    [GeneratedRegex(@"^(?<op>≥|≤|>|<|>=|<=|＞|＜)?\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>%|％|人次|人|次|个|项|件|家|户|天|万元|元)?$")]
    private static partial Regex Pattern();
}
