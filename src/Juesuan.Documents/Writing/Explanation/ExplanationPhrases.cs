using System.Globalization;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Writing.Explanation;

/// <summary>The figures and phrases the 情况说明 is written with: amounts, shares, direction words.</summary>
internal static class ExplanationPhrases
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>An amount in 万元 to the cent.</summary>
    public static string M(decimal v) => Amount.Of(v, 2).ToString();

    /// <summary>A share or rate in per cent to two decimals.</summary>
    public static string Pct(decimal part, decimal whole) => whole == 0 ? "0.00" : (part / whole * 100m).ToString("F2", C);

    public static string Money(decimal? v, string what) => v is { } x ? M(x) + "万元" : ExplanationWriter.Missing(what);

    public static string Compare(decimal actual, decimal budget) => actual > budget ? "大于" : actual < budget ? "小于" : "等于";

    /// <summary>"增加X万元，增长Y%" / "减少X万元，降低Y%" / "持平"; the prior figure missing is marked.</summary>
    public static string Change(decimal now, decimal? prior, string what)
    {
        if (prior is not { } p)
        {
            return ExplanationWriter.Missing(what);
        }

        var delta = now - p;
        if (delta == 0)
        {
            return "持平";
        }

        if (p == 0)
        {
            return delta > 0 ? $"增加{M(delta)}万元" : $"减少{M(-delta)}万元";
        }

        return delta > 0 ? $"增加{M(delta)}万元，增长{Pct(delta, p)}%" : $"减少{M(-delta)}万元，降低{Pct(-delta, p)}%";
    }

    /// <summary>The change and, when the figure moved or the prior one is unknown, its reason.</summary>
    public static string ChangeWithReason(decimal now, decimal? prior, string what, Func<string> reason) =>
        prior == now ? "持平" : $"{Change(now, prior, what)}，主要原因是{reason()}";

    /// <summary>", 完成预算的P%" when there was a budget.</summary>
    public static string Completion(decimal actual, decimal budget) => budget == 0 ? string.Empty : $"，完成预算的{Pct(actual, budget)}%";

    public static decimal? Value(Domain.Disclosures.Disclosure d, TableKind kind, string row, string column, string? section = null) =>
        d.Table(kind)?.Row(row, section)?.Value(column)?.Value;

    /// <summary>The printed columns of a 合计 row other than its total, in order.</summary>
    public static IEnumerable<(string Name, decimal Value)> Columns(TableRow row, string totalColumn) =>
        row.Cells.Where(c => c.Key != totalColumn && c.Value.Amount is not null).Select(c => (c.Key, c.Value.Amount!.Value.Value));

    /// <summary>"一般公共服务（类）支出" from the class row's name.</summary>
    public static string ClassPhrase(TableRow r) =>
        CatalogNames.StripListNumber(r.Name).Replace("支出", "（类）支出", StringComparison.Ordinal) is var s && s.Contains("（类）", StringComparison.Ordinal) ? s : s + "（类）";

    /// <summary>"，主要包括基本工资、津贴补贴" from the largest 款 under the given economic classes; empty when none.</summary>
    public static string MainItems(DisclosureTable? basic, Func<string, bool> inClass, int count = 4)
    {
        var items = basic?.Rows
            .Where(r => r.Code is { Digits.Length: 5 } c && inClass(c.Digits[..3]) && r.FirstValue is { Value: > 0 })
            .OrderByDescending(r => r.FirstValue!.Value.Value)
            .Take(count)
            .Select(r => CatalogNames.StripListNumber(r.Name.Trim()))
            .ToList();
        return items is { Count: > 0 } ? "，主要包括" + string.Join("、", items) : string.Empty;
    }
}
