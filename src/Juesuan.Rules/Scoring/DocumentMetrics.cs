using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Rules.Scoring;

/// <summary>
/// Indicator values computed from a disclosure (and last year's, for changes): 预算执行率/完成率,
/// 结余率, 三公经费控制率 and 变动率, 公务接待费 / 公务用车 变动率, 商品和服务支出变动率, 公用经费控制率,
/// 在职人员控制率, 政府采购执行率, 满意度. A rate the report states in words is taken as stated
/// (with the line); otherwise it is computed from the tables.
/// </summary>
public static partial class DocumentMetrics
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Every metric that can be established, by name.</summary>
    public static IReadOnlyDictionary<string, IndicatorValue> Compute(Disclosure d, Disclosure? prior = null)
    {
        var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        void Add(string name, IndicatorValue? v)
        {
            if (v is not null && !values.ContainsKey(name))
            {
                values[name] = v;
            }
        }

        var executed = Stated(d, ExecutionRate()) ?? FundRate(d);
        Add("预算执行率", executed);
        Add("预算完成率", executed);
        Add("年度资金总额执行率", Stated(d, TotalFundRate()) ?? executed);
        Add("预算控制率", Stated(d, BudgetControl()));
        Add("结余率", Balance(d));
        Add("三公经费控制率", Stated(d, ThreePublicControl()) ?? TableRate(d, "合计"));
        Add("公用经费控制率", Stated(d, PublicControl()));
        Add("政府采购执行率", Stated(d, ProcurementRate()) ?? Procurement(d));
        Add("在职人员控制率", Staff(d));
        Add("满意度", Stated(d, Satisfaction()));
        if (prior is not null)
        {
            Add("三公经费变动率", Change(d, prior, TableKind.ThreePublicExpenses, "合计", "决算数"));
            Add("公务接待费变动率", Change(d, prior, TableKind.ThreePublicExpenses, "公务接待费", "决算数"));
            Add("公务用车购置及运行维护费变动率", Change(d, prior, TableKind.ThreePublicExpenses, "公务用车购置及运行维护费", "决算数"));
            Add("商品和服务支出变动率", Change(d, prior, TableKind.GeneralBudgetBasicExpenditure, "302", "决算数"));
        }

        return values;
    }

    private static IndicatorValue? Stated(Disclosure d, Regex pattern)
    {
        foreach (var p in d.Narrative)
        {
            if (pattern.Match(p.Text) is { Success: true } m && decimal.TryParse(m.Groups["v"].Value, NumberStyles.AllowDecimalPoint, C, out var v))
            {
                return IndicatorValue.Of(v, $"文中“{m.Value}”（{Where(p)}）");
            }
        }

        return null;
    }

    private static IndicatorValue? FundRate(Disclosure d)
    {
        var fund = d.Evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.DepartmentSelfEvaluation && e.Fund is not null)?.Fund;
        return fund is { FullYearBudget: { Value: > 0 } budget, Executed: { } executed }
            ? IndicatorValue.Of(decimal.Round(executed.Value / budget.Value * 100, 2), $"自评表全年执行数 {executed} ÷ 全年预算数 {budget}")
            : null;
    }

    /// <summary>结余率: "超支X万元" makes it negative; otherwise stated or unknown.</summary>
    private static IndicatorValue? Balance(Disclosure d)
    {
        foreach (var p in d.Narrative)
        {
            if (Overspent().Match(p.Text) is { Success: true } m && decimal.TryParse(m.Groups["v"].Value, NumberStyles.AllowDecimalPoint, C, out var over) && over > 0)
            {
                var budget = Budget().Match(p.Text) is { Success: true } b && decimal.TryParse(b.Groups["v"].Value, NumberStyles.AllowDecimalPoint, C, out var bv) && bv > 0 ? bv : (decimal?)null;
                var rate = budget is { } x ? decimal.Round(-over / x * 100, 2) : -over;
                return IndicatorValue.Of(rate, $"文中“{m.Value}”（{Where(p)}），本年超支{(budget is { } y ? string.Create(C, $"，结余率 −{over} ÷ {y} = {rate}%") : string.Empty)}");
            }
        }

        return Stated(d, BalanceRate());
    }

    private static IndicatorValue? TableRate(Disclosure d, string row)
    {
        var r = d.Table(TableKind.ThreePublicExpenses)?.Row(row);
        return r?.Value("预算数") is { Value: > 0 } budget && r.Value("决算数") is { } actual
            ? IndicatorValue.Of(decimal.Round(actual.Value / budget.Value * 100, 2), $"三公表{row} 决算 {actual} ÷ 预算 {budget}")
            : null;
    }

    private static IndicatorValue? Procurement(Disclosure d)
    {
        foreach (var p in d.Narrative)
        {
            if (ProcurementPair().Match(p.Text) is { Success: true } m
                && decimal.TryParse(m.Groups["b"].Value, NumberStyles.AllowDecimalPoint, C, out var budget) && budget > 0
                && decimal.TryParse(m.Groups["a"].Value, NumberStyles.AllowDecimalPoint, C, out var actual))
            {
                return IndicatorValue.Of(decimal.Round(actual / budget * 100, 2), $"文中“{m.Value}”（{Where(p)}）");
            }
        }

        return null;
    }

    private static IndicatorValue? Staff(Disclosure d)
    {
        foreach (var p in d.Narrative)
        {
            if (StaffPattern().Match(p.Text) is { Success: true } m && int.TryParse(m.Groups["q"].Value, C, out var quota) && quota > 0 && int.TryParse(m.Groups["n"].Value, C, out var actual))
            {
                return IndicatorValue.Of(decimal.Round(actual * 100m / quota, 2), $"文中“{m.Value}”（{Where(p)}）：实有 {actual} ÷ 编制 {quota}");
            }
        }

        return null;
    }

    private static IndicatorValue? Change(Disclosure d, Disclosure prior, TableKind kind, string row, string column)
    {
        Amount? Get(Disclosure x)
        {
            var t = x.Table(kind);
            var r = t?.Rows.FirstOrDefault(r => r.Code?.Digits == row) ?? t?.Row(row);
            return r?.Value(column);
        }

        if (Get(d) is not { } now || Get(prior) is not { } before)
        {
            return null;
        }

        if (before.Value == 0)
        {
            return now.Value == 0 ? IndicatorValue.Of(0, $"{row} 本年与上年均为 0") : null;
        }

        var rate = decimal.Round((now.Value - before.Value) / before.Value * 100, 2);
        return IndicatorValue.Of(rate, $"{row}（{now} − {before}）÷ {before} × 100% = {rate.ToString(C)}%");
    }

    private static string Where(NarrativeParagraph p) =>
        p.Location.Line is { } line ? string.Create(C, $"第 {line} 行") : p.Location.Describe();

    [GeneratedRegex(@"预算(?:执行|完成)率(?:为|是|达到|达)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex ExecutionRate();

    [GeneratedRegex(@"年度资金总额执行率(?:为|是|达到|达)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex TotalFundRate();

    [GeneratedRegex(@"预算控制率(?:为|是)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex BudgetControl();

    [GeneratedRegex(@"超支\s*(?<v>\d+(?:\.\d+)?)\s*万元")]
    private static partial Regex Overspent();

    [GeneratedRegex(@"预算(?:安排数|数)(?:为)?\s*(?<v>\d+(?:\.\d+)?)\s*万元")]
    private static partial Regex Budget();

    [GeneratedRegex(@"结余率(?:为|是)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex BalanceRate();

    [GeneratedRegex(@"三公经费”?控制率(?:为|是)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex ThreePublicControl();

    [GeneratedRegex(@"公用经费控制率(?:为|是)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex PublicControl();

    [GeneratedRegex(@"政府采购执行率(?:为|是)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex ProcurementRate();

    [GeneratedRegex(@"政府采购(?:年初)?预算(?:为)?\s*(?<b>\d+(?:\.\d+)?)\s*万元[，,]\s*实际政府采购(?:金额|支出)(?:为)?\s*(?<a>\d+(?:\.\d+)?)\s*万元")]
    private static partial Regex ProcurementPair();

    [GeneratedRegex(@"编制\s*(?<q>\d+)\s*[名人个][^。；]{0,12}?实有(?:在职)?(?:在编)?人数\s*(?<n>\d+)\s*人")]
    private static partial Regex StaffPattern();

    [GeneratedRegex(@"满意度(?:为|达到|达)?\s*(?<v>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex Satisfaction();
}
