using System.Globalization;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Samples;

/// <summary>
/// The sample's 情况说明 and evaluation report, stated from the same figures as its tables in
/// the formulaic sentences real disclosures use: totals, shares, completion against 年初预算,
/// year-on-year changes with direction words, 三公 with counts, 机关运行经费 and the score.
/// </summary>
internal static class SampleText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<NarrativeParagraph> Paragraphs(SampleFigures f)
    {
        var s = f.Spec;
        var y = s.Year;
        var style = s.Style;
        string Change(decimal now, decimal prior) => SampleText.Change(now, prior, style);
        var share = style == 1 ? "占比" : "占";
        var order = 0;
        NarrativeParagraph P(string text, DocumentPart part, int at) => new(text, part, null, new SourceLocation()) { Order = at + order++ };

        yield return P($"{s.Department}{y}年度部门决算", DocumentPart.None, 0);
        order = 0;
        const DocumentPart E = DocumentPart.Explanation;
        var texts = new List<string>
        {
            $"第三部分 {y}年度部门决算情况说明",
            "一、收入支出决算总体情况说明",
            style == 0
                ? $"{y}年度收、支总计{M(f.Total)}万元。与上年相比，{Change(f.Total, s.PriorTotal)}，主要原因是工作任务调整。"
                : $"{y}年度收入支出总计{M(f.Total)}万元，{(style == 1 ? "比上年" : "较上年")}{Change(f.Total, s.PriorTotal)}，主要原因是工作任务调整。",
            "二、收入决算情况说明",
            $"{y}年度收入合计{M(f.Total)}万元，其中：财政拨款收入{M(f.Total)}万元，{share}100.00%；上级补助收入0万元，{share}0.00%；事业收入0万元，{share}0.00%；经营收入0万元，{share}0.00%；附属单位上缴收入0万元，{share}0.00%；其他收入0万元，{share}0.00%。",
            "三、支出决算情况说明",
            $"{y}年度支出合计{M(f.Total)}万元，其中：基本支出{M(f.Basic)}万元，{share}{Pct(f.Basic, f.Total)}%；项目支出{M(f.Project)}万元，{share}{Pct(f.Project, f.Total)}%；上缴上级支出0万元，{share}0.00%；经营支出0万元，{share}0.00%；对附属单位补助支出0万元，{share}0.00%。",
            "四、财政拨款收入支出决算总体情况说明",
            $"{y}年度财政拨款收、支总计{M(f.Total)}万元，与上年相比，{Change(f.Total, s.PriorTotal)}，主要原因是工作任务调整。",
            "五、一般公共预算财政拨款支出决算情况说明",
            "（一）一般公共预算财政拨款支出决算总体情况",
            $"{y}年度财政拨款支出{M(f.Total)}万元，占本年支出合计的100.00%，与上年相比，财政拨款支出{Change(f.Total, s.PriorTotal)}。",
            "（二）一般公共预算财政拨款支出决算结构情况",
            $"{y}年度财政拨款支出{M(f.Total)}万元，主要用于以下方面：" + string.Join("；", f.Classes.Select(c => $"{(style == 1 ? c.Name + "（类）" : c.Name.Replace("支出", "（类）支出", StringComparison.Ordinal))}{M(c.Amount)}万元，{share}{Pct(c.Amount, f.Total)}%")) + "。",
            "（三）一般公共预算财政拨款支出决算具体情况",
            $"{y}年度财政拨款支出年初预算数为{M(s.InitialBudget)}万元，支出决算数为{M(f.Total)}万元，{(style == 1 ? "预算执行率为" : "完成年初预算的")}{Pct(f.Total, s.InitialBudget)}%。决算数{(f.Total >= s.InitialBudget ? "大于" : "小于")}年初预算数的主要原因是年中预算调整。",
            "六、一般公共预算财政拨款基本支出决算情况说明",
            $"{y}年度一般公共预算财政拨款基本支出{M(f.Basic)}万元，其中：人员经费{M(f.Personnel)}万元，占基本支出的{Pct(f.Personnel, f.Basic)}%，主要包括基本工资、津贴补贴、绩效工资。公用经费{M(f.Public)}万元，占基本支出的{Pct(f.Public, f.Basic)}%，主要包括办公费、公务接待费、公务用车运行维护费。",
            "七、财政拨款“三公”经费支出决算情况说明",
            $"{y}年度“三公”经费财政拨款支出预算为{M(f.ThreePublicBudget)}万元，支出决算为{M(f.ThreePublicActual)}万元，完成预算的{Pct(f.ThreePublicActual, f.ThreePublicBudget)}%；与上年相比{Change(f.ThreePublicActual, s.PriorThreePublic)}。",
            $"1.因公出国（境）费支出预算为{M(s.Abroad.Budget)}万元，支出决算为{M(s.Abroad.Actual)}万元。全年安排因公出国（境）团组{(s.Abroad.Actual > 0 ? 1 : 0)}个，累计{(s.Abroad.Actual > 0 ? 3 : 0)}人次。",
            $"2.公务用车购置及运行维护费支出预算为{M(s.CarRunning.Budget)}万元，支出决算为{M(s.CarRunning.Actual)}万元。其中：公务用车购置费0万元，购置车辆0辆；公务用车运行维护费{M(s.CarRunning.Actual)}万元，公务用车保有量{s.Vehicles}辆。",
            $"3.公务接待费支出预算为{M(s.Reception.Budget)}万元，支出决算为{M(s.Reception.Actual)}万元。全年共接待来访团组{s.ReceptionCounts.Batches}个、来宾{s.ReceptionCounts.Persons}人次。",
            "八、政府性基金预算收入支出决算情况",
            $"本部门{y}年度无政府性基金预算财政拨款收入支出，政府性基金预算财政拨款收入支出决算表为空表。",
            "九、关于机关运行经费支出说明",
            $"本部门{y}年度机关运行经费支出{M(f.Public)}万元，比上年{Change(f.Public, s.PriorOperating)}，主要原因是日常办公支出变化。",
            "十、一般性支出情况说明",
            $"{y}年本部门开支会议费{M(s.General.Meetings)}万元，开支培训费{M(s.General.Training)}万元。",
            "十一、关于政府采购支出说明",
            $"本部门{y}年度政府采购支出总额{M(s.Procurement)}万元，其中：政府采购货物支出{M(Goods(s.Procurement))}万元、政府采购工程支出0万元、政府采购服务支出{M(s.Procurement - Goods(s.Procurement))}万元。",
            "十二、关于国有资产占用情况说明",
            $"截至{y}年12月31日，本部门共有车辆{s.Vehicles}辆。",
            $"十三、关于{y}年度预算绩效情况的说明",
            $"本部门{y}年度整体支出绩效自评得分{f.Evaluation.Total}分，评价等级为“{Grade(f.Evaluation.Total!.Value.Value)}”。",
        };
        foreach (var t in texts)
        {
            yield return P(t, E, 1000);
        }
    }

    private static string M(decimal v) => v.ToString("F2", C);

    private static decimal Goods(decimal procurement) => decimal.Round(procurement * 0.6m, 2);

    private static string Pct(decimal part, decimal whole) => whole == 0 ? "0.00" : (part / whole * 100m).ToString("F2", C);

    /// <summary>"增加X万元，增长Y%" / "减少X万元，降低Y%" / "持平", in the style's words.</summary>
    private static string Change(decimal now, decimal prior, int style)
    {
        var delta = now - prior;
        if (delta == 0 || prior == 0)
        {
            return "持平";
        }

        var (up, down) = style == 2 ? ("增幅", "降幅") : ("增长", style == 1 ? "下降" : "降低");
        return delta > 0
            ? $"增加{M(delta)}万元，{up}{Pct(delta, prior)}%"
            : $"减少{M(-delta)}万元，{down}{Pct(-delta, prior)}%";
    }

    internal static string Grade(decimal total) => Juesuan.Domain.Evaluations.Grades.Of(total);
}
