using System.Globalization;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;
using static Juesuan.Documents.Writing.Explanation.ExplanationPhrases;

namespace Juesuan.Documents.Writing.Explanation;

/// <summary>
/// Writes the formulaic sections of 情况说明 from a disclosure's tables and the inputs people
/// give, numbered in order: totals; income and spending with shares of their own totals;
/// 财政拨款; 一般公共预算 overall (share of 本年支出合计, change), by class, against 年初预算;
/// 基本支出 as 人员经费 and 公用经费 with their main items; 三公 overall and item by item with
/// completion and counts; 政府性基金 and 国有资本经营 when their tables are there; 机关运行经费;
/// 会议费/培训费; 政府采购; 国有资产; the self-evaluation result. Direction words come from the
/// figures (增加/减少/持平); a reason is asked for only where a figure moved. A missing input
/// is written as <see cref="Missing"/>.
/// </summary>
public static class ExplanationWriter
{
    /// <summary>The visible marker for something the preparer must still supply.</summary>
    public static string Missing(string what) => $"【待补充：{what}】";

    /// <summary>The paragraphs (part heading, numbered headings, sentences) in order.</summary>
    public static IReadOnlyList<string> Write(Disclosure d, ExplanationInputs inputs)
    {
        var y = d.Year?.ToString(CultureInfo.InvariantCulture) ?? Missing("年度");
        var sections = new List<(string Title, List<string> Lines)>();
        List<string> Section(string title)
        {
            var lines = new List<string>();
            sections.Add((title, lines));
            return lines;
        }

        string Reason(string topic) => inputs.Reasons.TryGetValue(topic, out var r) ? r : Missing(topic + "的原因");
        var total = Value(d, TableKind.IncomeExpenditureSummary, "总计", "决算数", "收入");
        var income = Value(d, TableKind.Income, "合计", "本年收入合计");
        var spending = Value(d, TableKind.Expenditure, "合计", "本年支出合计");

        Section("收入支出决算总体情况说明").Add(total is { } t
            ? $"{y}年度收、支总计{M(t)}万元。与上年相比，{ChangeWithReason(t, inputs.PriorTotal, "上年收支总计", () => Reason("收支变动"))}。"
            : Missing("收支总计"));

        var incomeLines = Section("收入决算情况说明");
        if (income is { } inc && d.Table(TableKind.Income)?.Row("合计") is { } incomeRow)
        {
            incomeLines.Add($"{y}年度收入合计{M(inc)}万元，其中：" + string.Join("；", Columns(incomeRow, "本年收入合计").Select(c => $"{c.Name}{M(c.Value)}万元，占{Pct(c.Value, inc)}%")) + "。");
        }

        var spendingLines = Section("支出决算情况说明");
        if (spending is { } sp && d.Table(TableKind.Expenditure)?.Row("合计") is { } spendingRow)
        {
            spendingLines.Add($"{y}年度支出合计{M(sp)}万元，其中：" + string.Join("；", Columns(spendingRow, "本年支出合计").Select(c => $"{c.Name}{M(c.Value)}万元，占{Pct(c.Value, sp)}%")) + "。");
        }

        if (Value(d, TableKind.FiscalGrantSummary, "总计", "决算数", "收入") is { } grants)
        {
            Section("财政拨款收入支出决算总体情况说明")
                .Add($"{y}年度财政拨款收、支总计{M(grants)}万元。与上年相比，{ChangeWithReason(grants, inputs.PriorGrantTotal, "上年财政拨款收支总计", () => Reason("收支变动"))}。");
        }

        GeneralBudget(d, inputs, y, Section("一般公共预算财政拨款支出决算情况说明"), Reason);
        var personnel = Value(d, TableKind.GeneralBudgetBasicExpenditure, "人员经费合计", "决算数");
        var pub = Value(d, TableKind.GeneralBudgetBasicExpenditure, "公用经费合计", "决算数");
        if (personnel is { } pe && pub is { } pu)
        {
            var basicTable = d.Table(TableKind.GeneralBudgetBasicExpenditure);
            var basic = pe + pu;
            Section("一般公共预算财政拨款基本支出决算情况说明").Add(
                $"{y}年度一般公共预算财政拨款基本支出{M(basic)}万元，其中：人员经费{M(pe)}万元，占基本支出的{Pct(pe, basic)}%{MainItems(basicTable, c => c is "301" or "303")}；" +
                $"公用经费{M(pu)}万元，占基本支出的{Pct(pu, basic)}%{MainItems(basicTable, c => c is not ("301" or "303"))}。");
        }

        if (d.Table(TableKind.ThreePublicExpenses) is { } three)
        {
            ThreePublicSection.Write(three, inputs, y, Section("财政拨款“三公”经费支出决算情况说明"), Reason);
        }

        if (d.Table(TableKind.GovernmentFund) is { } fund)
        {
            decimal F(string column) => fund.Row("合计")?.Value(column)?.Value ?? 0;
            Section("政府性基金预算财政拨款收入支出决算情况说明").Add(fund.DeclaredEmpty || fund.Row("合计")?.Cells.All(c => c.Value.Amount is null or { Value: 0 }) != false
                ? $"本部门{y}年度没有政府性基金预算财政拨款收入支出，政府性基金预算财政拨款收入支出决算表为空表。"
                : $"{y}年度政府性基金预算财政拨款收入{M(F("本年收入"))}万元；年初结转和结余{M(F("年初结转和结余"))}万元；支出{M(F("本年支出合计"))}万元，其中基本支出{M(F("基本支出"))}万元，项目支出{M(F("项目支出"))}万元；年末结转和结余{M(F("年末结转和结余"))}万元。");
        }

        if (d.Table(TableKind.StateCapital) is { } capital)
        {
            var c = capital.Row("合计")?.Value("合计")?.Value ?? 0;
            Section("国有资本经营预算财政拨款支出决算情况说明").Add(c == 0
                ? $"本部门{y}年度没有国有资本经营预算财政拨款支出，国有资本经营预算财政拨款支出决算表为空表。"
                : $"{y}年度国有资本经营预算财政拨款支出{M(c)}万元，其中基本支出{M(capital.Row("合计")?.Value("基本支出")?.Value ?? 0)}万元，项目支出{M(capital.Row("合计")?.Value("项目支出")?.Value ?? 0)}万元。");
        }

        if (pub is { } operating)
        {
            Section("关于机关运行经费支出说明").Add($"本部门{y}年度机关运行经费支出{M(operating)}万元，与上年相比，{ChangeWithReason(operating, inputs.PriorOperating, "上年机关运行经费", () => Reason("机关运行经费变动"))}。");
        }

        Section("一般性支出情况说明").Add($"{y}年本部门开支会议费{Money(inputs.Meetings, "会议费")}，开支培训费{Money(inputs.Training, "培训费")}。");
        var byKind = inputs.ProcurementByKind is { } k ? $"，其中：政府采购货物支出{M(k.Goods)}万元、政府采购工程支出{M(k.Works)}万元、政府采购服务支出{M(k.Services)}万元" : string.Empty;
        var small = inputs.SmallBusinessContracts is { } sb && inputs.Procurement is { } pr ? $"。授予中小企业合同金额{M(sb)}万元，占政府采购支出总额的{Pct(sb, pr)}%" : string.Empty;
        Section("关于政府采购支出说明").Add($"本部门{y}年度政府采购支出总额{Money(inputs.Procurement, "政府采购支出总额")}{byKind}{small}。");
        var equipment = inputs.LargeGeneralEquipment is { } ge && inputs.LargeSpecialEquipment is { } se ? $"；单价50万元以上通用设备{ge}台（套），单价100万元以上专用设备{se}台（套）" : string.Empty;
        var purchases = inputs.VehiclePurchases is { } vp ? $"，本年购置公务用车{vp}辆" : string.Empty;
        Section("关于国有资产占用情况说明").Add($"截至{y}年12月31日，本部门共有车辆{(inputs.Vehicles is { } n ? n.ToString(CultureInfo.InvariantCulture) + "辆" : Missing("车辆数"))}{purchases}{equipment}。");
        if (d.Evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.DepartmentSelfEvaluation && e.Total is not null) is { } evaluation)
        {
            var score = evaluation.Total!.Value;
            var grade = evaluation.Grade ?? Grades.Of(score.Value);
            Section($"关于{y}年度预算绩效情况的说明").Add($"本部门组织对{y}年度部门整体支出开展了绩效自评，共设置{evaluation.Indicators.Count}项绩效指标，自评得分{score}分，评价等级为“{grade}”。");
        }
        else
        {
            Section($"关于{y}年度预算绩效情况的说明").Add($"本部门组织对{y}年度部门整体支出开展了绩效自评，{Missing("绩效自评得分及等级")}。");
        }

        var text = new List<string> { $"第三部分 {y}年度部门决算情况说明" };
        for (var i = 0; i < sections.Count; i++)
        {
            text.Add($"{ChineseNumerals.Of(i + 1)}、{sections[i].Title}");
            text.AddRange(sections[i].Lines);
        }

        return text;
    }

    private static void GeneralBudget(Disclosure d, ExplanationInputs inputs, string y, List<string> lines, Func<string, string> reason)
    {
        if (Value(d, TableKind.GeneralBudgetExpenditure, "合计", "合计") is not { } g)
        {
            return;
        }

        var spending = Value(d, TableKind.Expenditure, "合计", "本年支出合计");
        lines.Add("（一）一般公共预算财政拨款支出决算总体情况");
        var share = spending is { } s and not 0 ? $"，占本年支出合计的{Pct(g, s)}%" : string.Empty;
        lines.Add($"{y}年度一般公共预算财政拨款支出{M(g)}万元{share}。与上年相比，{ChangeWithReason(g, inputs.PriorGeneralBudget, "上年一般公共预算财政拨款支出", () => reason("收支变动"))}。");
        lines.Add("（二）一般公共预算财政拨款支出决算结构情况");
        var classes = d.Table(TableKind.GeneralBudgetExpenditure)!.Rows.Where(r => r.Code?.Level == 1 && r.Value("合计") is { Value: not 0 }).ToList();
        lines.Add($"{y}年度一般公共预算财政拨款支出{M(g)}万元，主要用于以下方面：" + string.Join("；", classes.Select(r => $"{ClassPhrase(r)}{M(r.Value("合计")!.Value.Value)}万元，占{Pct(r.Value("合计")!.Value.Value, g)}%")) + "。");
        lines.Add("（三）一般公共预算财政拨款支出决算具体情况");
        lines.Add(inputs.InitialBudget is { } budget
            ? $"{y}年度一般公共预算财政拨款支出年初预算数为{M(budget)}万元，支出决算数为{M(g)}万元，完成年初预算的{Pct(g, budget)}%。" + (g == budget ? string.Empty : $"决算数{Compare(g, budget)}年初预算数的主要原因是{reason("预算差异")}。")
            : $"{y}年度一般公共预算财政拨款支出年初预算数为{Missing("年初预算数")}，支出决算数为{M(g)}万元。");
    }
}
