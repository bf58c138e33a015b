using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Samples;

/// <summary>
/// Puts one known defect into a consistent disclosure (from <see cref="SampleDisclosure"/> or
/// <see cref="SyntheticDisclosure"/>) and says which audit rules should find it. Changes are
/// large enough to be real errors, never rounding.
/// </summary>
public static partial class DefectInjector
{
    /// <summary>The defective document and the rule ids of which at least one must report it; null when the document offers no place for this defect.</summary>
    public static (Disclosure Document, string[] Rules)? Inject(Disclosure d, DefectKind kind, int seed = 0)
    {
        var rng = new Random(seed);
        var bump = 1m + rng.Next(1, 900) / 100m;
        return kind switch
        {
            DefectKind.ItemLine => Cell(d, TableKind.Expenditure, r => r.Code?.Level == 3, "本年支出合计", bump, rng, "T03-03", "T03-04"),
            DefectKind.SummaryClass => Cell(d, TableKind.IncomeExpenditureSummary, r => r.Code?.Level == 1 && r.FirstValue is not null, "决算数", bump, rng, "T01-05", "X03"),
            DefectKind.CrossTable => Cell(d, TableKind.Income, r => r.Name == "合计", "财政拨款收入", bump, rng, "X05", "X19", "T02-04"),
            DefectKind.EconomicItem => Cell(d, TableKind.GeneralBudgetBasicExpenditure, r => r.Code?.Level == 2 && r.Code.Value.Digits.StartsWith("301", StringComparison.Ordinal), "决算数", bump, rng, "T06-01"),
            DefectKind.ThreePublicTotal => Cell(d, TableKind.ThreePublicExpenses, r => r.Name == "合计", "决算数", bump, rng, "T09-02"),
            DefectKind.GrantTotal => Cell(d, TableKind.FiscalGrantSummary, r => r.Name == "本年支出合计", "合计", bump, rng, "T04-03", "T04-05", "X07"),
            DefectKind.MissingTable => (d with { Tables = d.Tables.Where(t => t.Kind != TableKind.ThreePublicExpenses).ToList() }, ["C09"]),
            DefectKind.TextAmount => Text(d, "收入合计", TextAmountPattern(), m => Shift(m, bump), "TX-AMOUNT"),
            DefectKind.TextShare => Text(d, "其中：基本支出", SharePattern(), m => Shift(m, 3.5m), "TX-SHARE"),
            DefectKind.TextRate => Text(d, "年初预算数为", RatePattern(), m => Shift(m, 7.5m), "TX-RATE"),
            DefectKind.TextChange => Text(d, "支总计", ChangePercentPattern(), m => Shift(m, 4.2m), "TX-CHANGE"),
            DefectKind.TextDirection => Text(d, "支总计", ChangeAmountPattern(), m => m.Value.StartsWith("增加", StringComparison.Ordinal) ? "减少" + m.Value[2..] : "增加" + m.Value[2..], "TX-DIRECTION", "TX-CHANGE"),
            DefectKind.BudgetComparison => Text(d, "年初预算数为", new Regex("(?<=决算数)(大于|小于)(?=年初)"), m => m.Value == "大于" ? "小于" : "大于", "TX-DIRECTION"),
            DefectKind.PartsSum => Text(d, "政府采购货物支出", new Regex(@"(?<=政府采购货物支出)\d+\.\d+"), m => Shift(m, bump), "TX-SUM"),
            DefectKind.Typo => Text(d, "开支培训费", new Regex("。$"), _ => "。。", "LO-TYPO"),
            DefectKind.Placeholder => Text(d, "主要原因是工作任务调整", new Regex("工作任务调整"), _ => "XX", "LO-PLACEHOLDER"),
            DefectKind.Ellipsis => Text(d, "整体支出绩效自评得分", new Regex("。$"), _ => "。绩效目标完成情况：一是……；二是……。", "LO-PLACEHOLDER"),
            DefectKind.TemplateChoice => Text(d, "年初预算数为", new Regex("决算数(大于|小于)年初"), _ => "决算数大于（小于）年初", "LO-CHOICE"),
            DefectKind.BrokenYear => Text(d, "支总计", new Regex(@"^\d{4}年度"), _ => "202 年度", "LO-YEAR"),
            DefectKind.StaleYear => Text(d, "截至", new Regex(@"\d{4}(?=年12月31日)"), m => (int.Parse(m.Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture), "LO-YEAR"),
            DefectKind.UnitSlip => Text(d, "人员经费", new Regex(@"(?<=人员经费\d+\.\d+)万元"), _ => "元", "TX-UNIT"),
            DefectKind.CodeName => CodeName(d),
            DefectKind.ScoreOverWeight => Indicator(d, i => i with { Score = Amount.Of(i.Weight!.Value.Value + 2, 0) }, "SE-SCORE"),
            DefectKind.TotalScore => Evaluation(d, e => e with { Total = Amount.Of(e.Total!.Value.Value - bump, 2) }, "SE-TOTAL"),
            DefectKind.GroupWeight => Evaluation(d, e => e with { Groups = [e.Groups[0] with { Weight = Amount.Of(e.Groups[0].Weight!.Value.Value + 5, 0) }, .. e.Groups.Skip(1)] }, "SE-WEIGHT"),
            DefectKind.ScoreAgainstRule => Indicator(d, i => i with { Actual = "9个", Target = "12个" }, "SE-RULE"),
            DefectKind.ExecutionRate => Evaluation(d, e => e with { Fund = e.Fund! with { ExecutionRate = Amount.Of(92.5m, 1) } }, "SE-RATE"),
            DefectKind.Grade => Text(d, "评价等级为", new Regex("(?<=等级为“)[优良中差]"), m => m.Value == "优" ? "良" : "优", "SE-GRADE"),
            DefectKind.TextScore => Text(d, "整体支出绩效自评得分", new Regex(@"(?<=得分)\d+(\.\d+)?"), m => Shift(m, -bump), "TX-SCORE"),
            DefectKind.EvaluationFund => Evaluation(d, e => e with { Fund = e.Fund! with { Breakdown = [.. e.Fund.Breakdown.Select(b => b.Key == "基本支出" ? new KeyValuePair<string, Amount?>(b.Key, Amount.Of(b.Value!.Value.Value + bump, 2)) : b)] } }, "SE-FUND"),
            DefectKind.MissingSection => Drop(d, p => p.Text.Contains("机关运行经费", StringComparison.Ordinal), "CP-SECTION"),
            DefectKind.MissingCounts => Text(d, "全年共接待来访团组", new Regex("全年共接待来访团组.*$"), _ => string.Empty, "CP-THREE"),
            _ => null,
        };
    }

    private static string Shift(Match m, decimal by)
    {
        var v = decimal.Parse(m.Value, CultureInfo.InvariantCulture);
        var scale = m.Value.Contains('.', StringComparison.Ordinal) ? m.Value.Length - m.Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return Math.Max(0, v + by).ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static (Disclosure, string[])? Cell(Disclosure d, TableKind kind, Func<TableRow, bool> which, string column, decimal bump, Random rng, params string[] rules)
    {
        var table = d.Table(kind);
        var rows = table?.Rows.Where(r => which(r) && r.Value(column) is not null).ToList();
        if (table is null || rows is null || rows.Count == 0)
        {
            return null;
        }

        var row = rows[rng.Next(rows.Count)];
        var cells = row.Cells.Select(c => c.Key == column ? SampleDisclosure.Cell(column, c.Value.Amount!.Value.Value + bump) : c).ToList();
        var changed = table with { Rows = table.Rows.Select(r => ReferenceEquals(r, row) ? r with { Cells = cells } : r).ToList() };
        return (d with { Tables = d.Tables.Select(t => ReferenceEquals(t, table) ? changed : t).ToList() }, rules);
    }

    private static (Disclosure, string[])? Text(Disclosure d, string marker, Regex pattern, Func<Match, string> replace, params string[] rules)
    {
        var p = d.Narrative.FirstOrDefault(n => n.Text.Contains(marker, StringComparison.Ordinal) && pattern.IsMatch(n.Text));
        if (p is null)
        {
            return null;
        }

        var text = pattern.Replace(p.Text, m => replace(m), 1);
        return (d with { Narrative = d.Narrative.Select(n => ReferenceEquals(n, p) ? n with { Text = text } : n).ToList() }, rules);
    }

    private static (Disclosure, string[])? Drop(Disclosure d, Func<NarrativeParagraph, bool> which, params string[] rules) =>
        (d with { Narrative = d.Narrative.Where(n => !which(n)).ToList() }, rules);

    private static (Disclosure, string[])? CodeName(Disclosure d)
    {
        var table = d.Table(TableKind.Expenditure);
        var row = table?.Rows.FirstOrDefault(r => r.Code?.Level == 3);
        if (table is null || row is null)
        {
            return null;
        }

        var catalog = Catalog.For(ClassificationKind.Function, d.Year ?? 2024);
        var other = catalog.Entries.First(e => e.Code.Level == 3 && e.Code != row.Code && !e.NameMatches(row.Name)).Name;
        var changed = table with { Rows = table.Rows.Select(r => ReferenceEquals(r, row) ? r with { Name = other } : r).ToList() };
        return (d with { Tables = d.Tables.Select(t => ReferenceEquals(t, table) ? changed : t).ToList() }, ["JS0103"]);
    }

    private static (Disclosure, string[])? Evaluation(Disclosure d, Func<Evaluation, Evaluation> change, params string[] rules)
    {
        var e = d.Evaluations.FirstOrDefault(x => x.Kind == EvaluationKind.DepartmentSelfEvaluation && x.Fund is not null && x.Total is not null && x.Groups.Count > 0);
        return e is null ? null : (d with { Evaluations = d.Evaluations.Select(x => ReferenceEquals(x, e) ? change(x) : x).ToList() }, rules);
    }

    private static (Disclosure, string[])? Indicator(Disclosure d, Func<Indicator, Indicator> change, params string[] rules) =>
        Evaluation(d, e =>
        {
            var target = e.Indicators.First(i => i.Weight is not null && i.Level1 != "预算执行率");
            return e with { Indicators = e.Indicators.Select(i => ReferenceEquals(i, target) ? change(i) : i).ToList() };
        }, rules);

    [GeneratedRegex(@"(?<=收入合计)\d+\.\d+")]
    private static partial Regex TextAmountPattern();

    [GeneratedRegex(@"(?<=基本支出\d+\.\d+万元，占比?)\d+\.\d+")]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"(?<=(完成年初预算的|预算执行率为))\d+\.\d+")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"(?<=(增长|降低|下降|增幅|降幅))\d+\.\d+")]
    private static partial Regex ChangePercentPattern();

    [GeneratedRegex(@"(增加|减少)\d+\.\d+万元")]
    private static partial Regex ChangeAmountPattern();
}
