using System.Text.RegularExpressions;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;

namespace Juesuan.Documents.Interpretation;

/// <summary>Recognises the small lines around tables: 公开NN表, 部门：X, 单位：万元, and report titles.</summary>
internal static partial class Metadata
{
    [GeneratedRegex(@"公开\s*0?\d{1,2}\s*表")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex YearPattern();

    /// <summary>"公开02表" when the text holds a table label.</summary>
    public static string? Label(string text)
    {
        var m = LabelPattern().Match(text);
        return m.Success ? CellText.Compact(m.Value) : null;
    }

    /// <summary>The unit in "单位：万元"; Unknown when absent.</summary>
    public static AmountUnit Unit(string text) => AmountUnitText.FromHeader(CellText.Compact(text));

    /// <summary>The department in "部门：X  单位：万元" or "填报单位：X", or null.</summary>
    public static string? Department(string text)
    {
        var t = text.Replace('\t', ' ');
        foreach (var key in new[] { "部门：", "部门:", "填报单位：", "预算单位：", "单位名称：" })
        {
            var i = t.IndexOf(key, StringComparison.Ordinal);
            if (i < 0)
            {
                continue;
            }

            var rest = t[(i + key.Length)..];
            var end = rest.IndexOf("单位：", StringComparison.Ordinal);
            if (end < 0)
            {
                end = rest.IndexOf("单位:", StringComparison.Ordinal);
            }

            var name = CellText.Clean(end >= 0 ? rest[..end] : rest);
            name = name.Split("  ", StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? string.Empty;
            if (name.Length is >= 2 and <= 60 && !name.Contains("公开", StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A year printed as "2024年", the first in the text.</summary>
    public static int? Year(string text)
    {
        var m = YearPattern().Match(text);
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The department and year of a report title such as "北塔区编办2023年部门整体支出绩效自评报告"
    /// or "上海市普陀区财政局2024年度部门决算".
    /// </summary>
    public static (string? Department, int? Year) FromTitle(string text)
    {
        var t = StripPartPrefix(CellText.Compact(text));
        if (t.EndsWith("概况", StringComparison.Ordinal) && t.Length is > 4 and <= 40 && !YearPattern().IsMatch(t) && t.Length < CellText.Compact(text).Length)
        {
            // "第一部分 上海市普陀区财政局概况"
            return (t[..^2], null);
        }

        var m = YearPattern().Match(t);
        if (!m.Success || t.Length > 60)
        {
            return (null, null);
        }

        var rest = t[(m.Index + m.Length)..];
        if (!(rest.Contains("决算", StringComparison.Ordinal) || rest.Contains("绩效", StringComparison.Ordinal)))
        {
            return (null, null);
        }

        var year = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var before = t[..m.Index];
        return (before.Length >= 2 ? before : null, year);
    }

    private static string StripPartPrefix(string t)
    {
        if (t.StartsWith('第') && t.IndexOf("部分", StringComparison.Ordinal) is > 0 and <= 4 and var i)
        {
            return t[(i + 2)..];
        }

        return t;
    }

    /// <summary>True for lines that only carry layout: "公开02表", "单位：万元", "部门：X".</summary>
    public static bool IsTableDecoration(string text)
    {
        var t = CellText.Compact(text);
        if (t.Length == 0)
        {
            return true;
        }

        return (Label(t) is { } l && t.Length <= l.Length + 2)
            || (t.StartsWith("单位", StringComparison.Ordinal) && Unit(t) != AmountUnit.Unknown && t.Length <= 8)
            || (t.StartsWith("金额单位", StringComparison.Ordinal) && t.Length <= 10)
            || Department(text) is not null;
    }
}
