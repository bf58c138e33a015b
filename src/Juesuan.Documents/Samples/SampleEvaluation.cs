using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Evaluations;

namespace Juesuan.Documents.Samples;

/// <summary>The sample's 整体支出绩效自评表: scores within their weights, adding to the total.</summary>
internal static class SampleEvaluation
{
    public static Evaluation Create(int year, decimal total, string department, decimal basic, decimal project)
    {
        Indicator I(string l1, string l2, string name, string target, string actual, int weight, decimal score) => new()
        {
            Level1 = l1, Level2 = l2, Name = name, Target = target, Actual = actual,
            Weight = Amount.Of(weight, 0), Score = Amount.Of(score), Location = new SourceLocation(),
        };

        var indicators = new List<Indicator>
        {
            new() { Level1 = "预算执行率", Name = "预算执行率", Actual = "100%", Weight = Amount.Of(10, 0), Score = Amount.Of(10, 0) },
            I("产出指标", "数量指标", "完成财政决算编报单位数", "12个", "12个", 20, 20),
            I("产出指标", "质量指标", "决算数据准确率", "100%", "100%", 20, 19),
            I("产出指标", "时效指标", "按时报送决算", "按时", "按时", 10, 10),
            I("效益指标", "社会效益指标", "预决算公开及时率", "100%", "100%", 30, 28.5m),
            I("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%", "95%", 10, 10),
        };
        return new Evaluation
        {
            Kind = EvaluationKind.DepartmentSelfEvaluation,
            Title = $"{year}年度部门（单位）整体支出绩效自评表",
            Subject = department,
            Total = Amount.Of(97.5m, 1),
            TotalWeight = Amount.Of(100, 0),
            Fund = new FundBlock
            {
                InitialBudget = Amount.Of(total - 40m, 2),
                FullYearBudget = Amount.Of(total, 2),
                Executed = Amount.Of(total, 2),
                Weight = Amount.Of(10, 0),
                ExecutionRate = Amount.Of(100, 0),
                Score = Amount.Of(10, 0),
                Breakdown = [new("基本支出", Amount.Of(basic, 2)), new("项目支出", Amount.Of(project, 2))],
            },
            Indicators = indicators,
            Groups =
            [
                new IndicatorGroup(1, "产出指标", string.Empty, Amount.Of(50, 0), null, new SourceLocation()),
                new IndicatorGroup(1, "效益指标", string.Empty, Amount.Of(30, 0), null, new SourceLocation()),
                new IndicatorGroup(1, "满意度指标", string.Empty, Amount.Of(10, 0), null, new SourceLocation()),
            ],
        };
    }
}
