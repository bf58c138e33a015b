using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Scoring;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Scoring;

public class DocumentMetricsTests
{
    private static IReadOnlyDictionary<string, IndicatorValue> Seed(string n) =>
        DocumentMetrics.Compute(DisclosureReader.Read(TestPaths.Seed(n)).Disclosure!);

    [Fact]
    public void Compute_Seed004_StaffControlAndFundExecutionFromTheText()
    {
        var m = Seed("004");
        Assert.Equal(94.12m, m["在职人员控制率"].Number);
        Assert.Contains("第 1320 行", m["在职人员控制率"].Evidence, StringComparison.Ordinal);
        Assert.Equal(94.99m, m["年度资金总额执行率"].Number);
    }

    [Fact]
    public void Compute_Seed003_StatedRatesAndOverspending()
    {
        var m = Seed("003");
        Assert.Equal(135m, m["预算完成率"].Number);
        Assert.Equal(0m, m["三公经费控制率"].Number);
        Assert.Equal(-34.74m, m["结余率"].Number);
        Assert.Equal(2450m, m["政府采购执行率"].Number);
    }

    [Fact]
    public void Compute_Seed001_ExecutionFromTheSelfEvaluationAndThreePublicFromTheTable()
    {
        var m = Seed("001");
        Assert.Equal(40m, m["三公经费控制率"].Number); // 0.08 ÷ 0.2
        Assert.NotNull(m["预算执行率"].Number);
    }

    [Fact]
    public void Compute_WithPrior_ChangesOfThreePublicAndGoodsAndServices()
    {
        var now = SampleDisclosure.Create(2024);
        var three = now.Table(TableKind.ThreePublicExpenses)!;
        var prior = now with
        {
            Year = 2023,
            Tables = [.. now.Tables.Select(t => t.Kind == TableKind.ThreePublicExpenses
                ? t with { Rows = [.. t.Rows.Select(r => r.Name is "合计" ? r with { Cells = [Cell("预算数", "12.00"), Cell("决算数", "8.60")] } : r)] }
                : t)],
        };
        var m = DocumentMetrics.Compute(now, prior);
        Assert.Equal(10.00m, m["三公经费变动率"].Number); // (9.46 − 8.60) ÷ 8.60
        Assert.Equal(0m, m["商品和服务支出变动率"].Number);
        Assert.NotNull(three);
    }

    private static KeyValuePair<string, TableCell> Cell(string column, string printed) =>
        new(column, new TableCell(Juesuan.Domain.Amounts.Amount.Parse(printed), printed, new Juesuan.Domain.Diagnostics.SourceLocation()));
}

public class ScorerTests
{
    [Fact]
    public void Score_NotApplicableOptionalIndicator_IsReweighted()
    {
        var system = IndicatorSystems.Find("beita-2022")!;
        static IndicatorValue Best(Juesuan.Rules.Scoring.Rules.ScoringRule? rule) =>
            rule is Juesuan.Rules.Scoring.Rules.GradeRule g ? IndicatorValue.OfGrade(g.Shares.Keys.First(), "x") : IndicatorValue.Of(0, "x");
        var values = system.Leaves().Where(l => l.Leaf.Metric is not null).ToDictionary(l => l.Leaf.Metric!, l => Best(l.Leaf.Rule));
        foreach (var part in system.Leaves().Select(l => l.Leaf.Rule).OfType<Juesuan.Rules.Scoring.Rules.CompositeRule>().SelectMany(c => c.Parts))
        {
            values[part.Metric] = Best(part.Rule);
        }

        var entered = system.Leaves().Where(l => l.Leaf.Rule is null && !l.Leaf.Optional).ToDictionary(l => l.Path, l => l.Leaf.Weight);
        values["经济效益"] = new IndicatorValue { NotApplicable = true, Evidence = "不适用" };
        var s = Scorer.Score(system, values, entered);
        Assert.Contains(s.Indicators, i => i.Path.EndsWith("经济效益", StringComparison.Ordinal) && i.Explanation == Scorer.NotApplicable);
        Assert.Empty(s.Unscored);
        Assert.NotNull(s.Grade);
        Assert.True(s.Total <= 100);
    }

    [Fact]
    public void Score_MissingData_LeavesIndicatorUnscoredAndNoGrade()
    {
        var s = Scorer.Score(IndicatorSystems.Find("beita-2022")!, new Dictionary<string, IndicatorValue>());
        Assert.Null(s.Grade);
        Assert.Equal(0m, s.Total);
        Assert.Equal(s.Indicators.Count, s.Unscored.Count());
    }

    [Fact]
    public void Systems_WeightsAddUpToOneHundred()
    {
        foreach (var system in IndicatorSystems.All.Where(s => s.Name is "beita-2022" or "hunan-department"))
        {
            Assert.Equal(100m, system.Indicators.Sum(i => i.Weight));
            Assert.All(system.Indicators.Where(i => i.Children.Count > 0), g => Assert.Equal(g.Weight, g.Children.Sum(c => c.Weight)));
        }
    }
}
