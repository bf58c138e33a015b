using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Evaluations;
using static Juesuan.Documents.Writing.DisclosureLayoutWriter;

namespace Juesuan.Documents.Writing;

/// <summary>The plain layouts of self-evaluation tables and rubrics.</summary>
internal static class EvaluationLayouts
{
    public static IEnumerable<LayoutBlock> Write(Evaluation e)
    {
        yield return Paragraph(e.Title);
        yield return Table(e.Kind == EvaluationKind.Rubric ? Rubric(e) : SelfEvaluation(e));
    }

    private static IEnumerable<LayoutRow> SelfEvaluation(Evaluation e)
    {
        if (e.Subject is not null)
        {
            yield return Row(e.Kind == EvaluationKind.ProjectSelfEvaluation ? "项目名称" : "预算单位名称", e.Subject);
        }

        if (e.Fund is { } f)
        {
            yield return Row("年度资金（万元）", string.Empty, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            yield return Row([Cell(string.Empty), Cell("年度资金总额"), Cell(f.InitialBudget), Cell(f.FullYearBudget), Cell(f.Executed), Cell(f.Weight),
                Cell(f.ExecutionRate is { } r ? r + "%" : string.Empty), Cell(f.Score)]);
            foreach (var (label, value) in f.Breakdown)
            {
                yield return Row(string.Empty, $"{label}：{value}");
            }
        }

        yield return Row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        string? level1 = null, level2 = null;
        foreach (var i in e.Indicators)
        {
            if (e.Fund is not null && i.Level1 == "预算执行率" && i.Name == "预算执行率")
            {
                continue;
            }

            var l1 = string.Empty;
            if (i.Level1 != level1)
            {
                level1 = i.Level1;
                level2 = null;
                var weight = e.Groups.FirstOrDefault(g => g.Level == 1 && g.Name == i.Level1)?.Weight;
                l1 = weight is { } w ? $"{i.Level1}（{w}分）" : i.Level1;
            }

            var l2 = i.Level2 != level2 ? i.Level2 : string.Empty;
            level2 = i.Level2;
            yield return Row(string.Empty, l1, l2, i.Name, i.Target ?? string.Empty, i.Actual ?? string.Empty, Show(i.Weight), Show(i.Score), i.Deviation ?? string.Empty);
        }

        // 总分 under the 分值 and 得分 columns, 等次 beside its label, as the national form prints them.
        yield return Row(Cell("总分") with { ColumnSpan = 6 }, Cell(Show(e.TotalWeight)), Cell(Show(e.Total)), Cell(string.Empty));
        if (e.Grade is not null)
        {
            yield return Row(Cell("等次") with { ColumnSpan = 6 }, Cell(e.Grade) with { ColumnSpan = 3 });
        }
    }

    private static IEnumerable<LayoutRow> Rubric(Evaluation e)
    {
        yield return Row("一级指标", "二级指标", "分值", "三级指标", "分值", "评分标准", "指标解释", "得分");
        string? level1 = null, level2 = null;
        foreach (var i in e.Indicators)
        {
            var l1 = i.Level1 != level1 ? i.Level1 : string.Empty;
            level1 = i.Level1;
            var newGroup = i.Level2 != level2;
            level2 = i.Level2;
            var group = newGroup ? e.Groups.FirstOrDefault(g => g.Level == 2 && g.Name == i.Level2 && g.Parent == i.Level1) : null;
            yield return Row(l1, newGroup ? i.Level2 : string.Empty, Show(group?.Weight), i.Name, Show(i.Weight), i.Criteria ?? string.Empty, i.Explanation ?? string.Empty, Show(i.Score));
        }

        yield return Row("合计", Show(e.TotalWeight), Show(e.Total));
    }

    private static string Show(Amount? a) => a?.ToString() ?? string.Empty;
}
