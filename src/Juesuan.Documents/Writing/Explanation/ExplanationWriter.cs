using System.Globalization;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Writing.Explanation;

/// <summary>
/// Writes the formulaic sections of 情况说明 from a disclosure's tables and the inputs people
/// give: totals, income and spending with shares of their own totals, 财政拨款, the class
/// structure, completion against 年初预算, 基本支出 as 人员经费 and 公用经费, 三公 with counts,
/// 机关运行经费, 会议费/培训费, 政府采购. Year-on-year changes take the direction word from the
/// figures (增加/减少/持平). A missing input is written as <see cref="Missing"/>.
/// </summary>
public static class ExplanationWriter
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The visible marker for something the preparer must still supply.</summary>
    public static string Missing(string what) => $"【待补充：{what}】";

    /// <summary>The paragraphs (headings and sentences) in order.</summary>
    public static IReadOnlyList<string> Write(Disclosure d, ExplanationInputs inputs)
    {
        var y = d.Year?.ToString(C) ?? Missing("年度");
        var lines = new List<string> { $"第三部分 {y}年度部门决算情况说明" };
        var total = Value(d, TableKind.IncomeExpenditureSummary, "总计", "决算数", "收入");
        var income = Value(d, TableKind.Income, "合计", "本年收入合计");
        var spending = Value(d, TableKind.Expenditure, "合计", "本年支出合计");
        string Reason(string topic) => inputs.Reasons.TryGetValue(topic, out var r) ? r : Missing(topic + "的原因");

        lines.Add("一、收入支出决算总体情况说明");
        lines.Add(total is { } t ? $"{y}年度收、支总计{M(t)}万元。与上年相比，{Change(t, inputs.PriorTotal, "上年收支总计")}，主要原因是{Reason("收支变动")}。" : Missing("收支总计"));

        lines.Add("二、收入决算情况说明");
        if (income is { } inc && d.Table(TableKind.Income)?.Row("合计") is { } incomeRow)
        {
            lines.Add($"{y}年度收入合计{M(inc)}万元，其中：" + string.Join("；", Columns(incomeRow, "本年收入合计").Select(c => $"{c.Name}{M(c.Value)}万元，占{Pct(c.Value, inc)}%")) + "。");
        }

        lines.Add("三、支出决算情况说明");
        if (spending is { } sp && d.Table(TableKind.Expenditure)?.Row("合计") is { } spendingRow)
        {
            lines.Add($"{y}年度支出合计{M(sp)}万元，其中：" + string.Join("；", Columns(spendingRow, "本年支出合计").Select(c => $"{c.Name}{M(c.Value)}万元，占{Pct(c.Value, sp)}%")) + "。");
        }

        if (Value(d, TableKind.FiscalGrantSummary, "总计", "决算数", "收入") is { } grants)
        {
            lines.Add("四、财政拨款收入支出决算总体情况说明");
            lines.Add($"{y}年度财政拨款收、支总计{M(grants)}万元，与上年相比，{Change(grants, inputs.PriorGrantTotal, "上年财政拨款收支总计")}，主要原因是{Reason("收支变动")}。");
        }

        var general = Value(d, TableKind.GeneralBudgetExpenditure, "合计", "合计");
        lines.Add("五、一般公共预算财政拨款支出决算情况说明");
        if (general is { } g)
        {
            lines.Add("（二）一般公共预算财政拨款支出决算结构情况");
            var classes = d.Table(TableKind.GeneralBudgetExpenditure)!.Rows.Where(r => r.Code?.Level == 1 && r.Value("合计") is { Value: not 0 }).ToList();
            lines.Add($"{y}年度财政拨款支出{M(g)}万元，主要用于以下方面：" + string.Join("；", classes.Select(r => $"{ClassPhrase(r)}{M(r.Value("合计")!.Value.Value)}万元，占{Pct(r.Value("合计")!.Value.Value, g)}%")) + "。");
            lines.Add("（三）一般公共预算财政拨款支出决算具体情况");
            lines.Add(inputs.InitialBudget is { } budget
                ? $"{y}年度财政拨款支出年初预算数为{M(budget)}万元，支出决算数为{M(g)}万元，完成年初预算的{Pct(g, budget)}%。决算数{Compare(g, budget)}年初预算数的主要原因是{Reason("预算差异")}。"
                : $"{y}年度财政拨款支出年初预算数为{Missing("年初预算数")}，支出决算数为{M(g)}万元。");
        }

        var personnel = Value(d, TableKind.GeneralBudgetBasicExpenditure, "人员经费合计", "决算数");
        var pub = Value(d, TableKind.GeneralBudgetBasicExpenditure, "公用经费合计", "决算数");
        if (personnel is { } pe && pub is { } pu)
        {
            var basic = pe + pu;
            lines.Add("六、一般公共预算财政拨款基本支出决算情况说明");
            lines.Add($"{y}年度一般公共预算财政拨款基本支出{M(basic)}万元，其中：人员经费{M(pe)}万元，占基本支出的{Pct(pe, basic)}%；公用经费{M(pu)}万元，占基本支出的{Pct(pu, basic)}%。");
        }

        if (d.Table(TableKind.ThreePublicExpenses) is { } three)
        {
            lines.Add("七、财政拨款“三公”经费支出决算情况说明");
            decimal Get(string row, string col) => three.Row(row)?.Value(col)?.Value ?? 0;
            var (b3, a3) = (Get("合计", "预算数"), Get("合计", "决算数"));
            var rate = b3 == 0 ? string.Empty : $"，完成预算的{Pct(a3, b3)}%";
            lines.Add($"{y}年度“三公”经费财政拨款支出预算为{M(b3)}万元，支出决算为{M(a3)}万元{rate}；与上年相比{Change(a3, inputs.PriorThreePublic, "上年三公经费")}。");
            var abroad = inputs.AbroadCounts is { } ac ? $"全年安排因公出国（境）团组{ac.Groups}个，累计{ac.Persons}人次。" : Get("因公出国（境）费", "决算数") > 0 ? Missing("出国团组数及人次") : "全年没有因公出国（境）。";
            lines.Add($"1.因公出国（境）费支出预算为{M(Get("因公出国（境）费", "预算数"))}万元，支出决算为{M(Get("因公出国（境）费", "决算数"))}万元。{abroad}");
            var vehicles = inputs.Vehicles is { } v ? $"公务用车保有量{v}辆。" : Missing("公务用车保有量");
            lines.Add($"2.公务用车购置及运行维护费支出预算为{M(Get("公务用车购置及运行维护费", "预算数"))}万元，支出决算为{M(Get("公务用车购置及运行维护费", "决算数"))}万元。其中：公务用车购置费{M(Get("公务用车购置费", "决算数"))}万元；公务用车运行维护费{M(Get("公务用车运行维护费", "决算数"))}万元，{vehicles}");
            var reception = inputs.ReceptionCounts is { } rc ? $"全年共接待来访团组{rc.Batches}个、来宾{rc.Persons}人次。" : Get("公务接待费", "决算数") > 0 ? Missing("接待批次及人次") : "全年没有公务接待。";
            lines.Add($"3.公务接待费支出预算为{M(Get("公务接待费", "预算数"))}万元，支出决算为{M(Get("公务接待费", "决算数"))}万元。{reception}");
        }

        if (d.Table(TableKind.GovernmentFund) is { } fund)
        {
            lines.Add("八、政府性基金预算收入支出决算情况");
            var fundSpending = fund.Row("合计")?.Value("本年支出合计")?.Value ?? 0;
            var fundIncome = fund.Row("合计")?.Value("本年收入")?.Value ?? 0;
            lines.Add(fund.DeclaredEmpty || (fundSpending == 0 && fundIncome == 0)
                ? $"本部门{y}年度没有政府性基金预算财政拨款收入支出，政府性基金预算财政拨款收入支出决算表为空表。"
                : $"{y}年度政府性基金预算财政拨款收入{M(fundIncome)}万元，支出{M(fundSpending)}万元。");
        }

        if (pub is { } operating)
        {
            lines.Add("九、关于机关运行经费支出说明");
            lines.Add($"本部门{y}年度机关运行经费支出{M(operating)}万元，比上年{Change(operating, inputs.PriorOperating, "上年机关运行经费")}，主要原因是{Reason("机关运行经费变动")}。");
        }

        lines.Add("十、一般性支出情况说明");
        lines.Add($"{y}年本部门开支会议费{Money(inputs.Meetings, "会议费")}，开支培训费{Money(inputs.Training, "培训费")}。");
        lines.Add("十一、关于政府采购支出说明");
        var byKind = inputs.ProcurementByKind is { } k ? $"，其中：政府采购货物支出{M(k.Goods)}万元、政府采购工程支出{M(k.Works)}万元、政府采购服务支出{M(k.Services)}万元" : string.Empty;
        var small = inputs.SmallBusinessContracts is { } sb && inputs.Procurement is { } pr ? $"。授予中小企业合同金额{M(sb)}万元，占政府采购支出总额的{Pct(sb, pr)}%" : string.Empty;
        lines.Add($"本部门{y}年度政府采购支出总额{Money(inputs.Procurement, "政府采购支出总额")}{byKind}{small}。");
        lines.Add("十二、关于国有资产占用情况说明");
        var equipment = inputs.LargeGeneralEquipment is { } ge && inputs.LargeSpecialEquipment is { } se ? $"；单价50万元以上通用设备{ge}台（套），单价100万元以上专用设备{se}台（套）" : string.Empty;
        var purchases = inputs.VehiclePurchases is { } vp ? $"，本年购置公务用车{vp}辆" : string.Empty;
        lines.Add($"截至{y}年12月31日，本部门共有车辆{(inputs.Vehicles is { } n ? n.ToString(C) + "辆" : Missing("车辆数"))}{purchases}{equipment}。");
        if (d.Evaluations.FirstOrDefault(e => e.Kind == Domain.Evaluations.EvaluationKind.DepartmentSelfEvaluation && e.Total is not null) is { } evaluation)
        {
            var score = evaluation.Total!.Value;
            lines.Add($"十三、关于{y}年度预算绩效情况的说明");
            lines.Add($"本部门{y}年度整体支出绩效自评得分{score}分，评价等级为“{Samples.SampleText.Grade(score.Value)}”。");
        }

        return lines;
    }

    private static decimal? Value(Disclosure d, TableKind kind, string row, string column, string? section = null) =>
        d.Table(kind)?.Row(row, section)?.Value(column)?.Value;

    private static IEnumerable<(string Name, decimal Value)> Columns(TableRow row, string totalColumn) =>
        row.Cells.Where(c => c.Key != totalColumn && c.Value.Amount is not null).Select(c => (c.Key, c.Value.Amount!.Value.Value));

    private static string ClassPhrase(TableRow r) =>
        CatalogNames.StripListNumber(r.Name).Replace("支出", "（类）支出", StringComparison.Ordinal) is var s && s.Contains("（类）", StringComparison.Ordinal) ? s : s + "（类）";

    private static string Money(decimal? v, string what) => v is { } x ? M(x) + "万元" : Missing(what);

    private static string M(decimal v) => Amount.Of(v, 2).ToString();

    private static string Pct(decimal part, decimal whole) => whole == 0 ? "0.00" : (part / whole * 100m).ToString("F2", C);

    private static string Compare(decimal actual, decimal budget) => actual > budget ? "大于" : actual < budget ? "小于" : "等于";

    /// <summary>"增加X万元，增长Y%" / "减少X万元，降低Y%" / "持平"; the prior figure missing is marked.</summary>
    private static string Change(decimal now, decimal? prior, string what)
    {
        if (prior is not { } p)
        {
            return $"{Missing(what)}";
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
}
