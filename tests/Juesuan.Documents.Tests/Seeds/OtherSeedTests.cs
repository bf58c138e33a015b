using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Tests.Seeds;

public class OtherSeedTests
{
    [Fact]
    public void Seed000_SelfEvaluation_Total98With11ScoredIndicators()
    {
        var d = SeedDocuments.Get("000");
        Assert.Equal(2023, d.Year);
        var e = d.Evaluations.Single(x => x.Kind == EvaluationKind.DepartmentSelfEvaluation);
        Assert.Equal(Amount.Parse("98"), e.Total);
        Assert.Equal(Amount.Parse("100"), e.TotalWeight);
        var scored = e.Indicators.Where(i => i.Score is not null).ToList();
        Assert.Equal(11, scored.Count);
        Assert.Equal(98m, scored.Sum(i => i.Score!.Value.Value));
        Assert.Equal(100m, scored.Sum(i => i.Weight!.Value.Value));
        Assert.Equal("≥95", e.Indicators.Single(i => i.Name == "社会各界人士满意度").Target);
    }

    [Fact]
    public void Seed000_BasicDataTable_StaffAndPublicExpenses()
    {
        var t = SeedDocuments.Get("000").Table(TableKind.PerformanceBasicData)!;
        Assert.Equal(Amount.Parse("7"), t.Rows[0].Value("编制数"));
        Assert.Equal(Amount.Parse("6"), t.Rows[0].Value("2023年实际在职人数"));
        Assert.Equal(Amount.Parse("39.28"), t.Row("公用经费")!.Value("2023年决算数"));
        Assert.Equal(Amount.Parse("32.76"), t.Row("政府采购金额")!.Value("2023年决算数"));
        Assert.Equal(2, t.Row("政府采购金额")!.Value("2023年预算数")!.Value.Scale);
    }

    [Fact]
    public void Seed003_Rubric_WeightsAddTo100AndTotalIs97()
    {
        var d = SeedDocuments.Get("003");
        var e = d.Evaluations.Single(x => x.Kind == EvaluationKind.Rubric);
        Assert.Equal(100m, e.Indicators.Sum(i => i.Weight?.Value ?? 0));
        Assert.Equal(Amount.Parse("97"), e.Total);
        Assert.Equal(97m, e.Indicators.Sum(i => i.Score?.Value ?? 0));
        var completion = e.Indicators.Single(i => i.Name == "预算完成率");
        Assert.Equal(("过程", "预算执行"), (completion.Level1, completion.Level2));
        Assert.Contains("完成率>1，不得分", completion.Criteria, StringComparison.Ordinal);
        Assert.Equal(Amount.Parse("2"), completion.Score);
        Assert.Contains(e.Groups, g => g.Name == "预算配置" && g.Weight == Amount.Parse("18"));
        Assert.Contains(e.Groups, g => g.Name == "预算管理" && g.Weight == Amount.Parse("28"));
        Assert.Equal(2022, d.Year);
    }

    [Fact]
    public void Seed004_Tables()
    {
        var d = SeedDocuments.Get("004");
        Assert.Equal("中共蓝山县委机构编制委员会办公室", d.Department);
        Assert.Equal(2023, d.Year);
        var expenditure = d.Table(TableKind.Expenditure)!;
        Assert.Equal("公开03表", expenditure.Label);
        Assert.Equal(Amount.Parse("16.61"), expenditure.Row("合计")!.Value("项目支出"));
        Assert.Equal(Amount.Parse("189.22"), expenditure.Row(ClassificationCode.Function("2013101"))!.Value("基本支出"));
        var three = d.Table(TableKind.ThreePublicExpenses)!;
        Assert.Equal("公开07表", three.Label);
        Assert.Equal(Amount.Parse("0.96"), three.Row("公务接待费")!.Value("决算数"));
        Assert.Equal(Amount.Parse("3"), three.Row("合计")!.Value("预算数"));
        Assert.Equal(Amount.Parse("162.91"), d.Table(TableKind.GeneralBudgetBasicExpenditure)!.Row("人员经费合计")!.FirstValue);
        Assert.Equal("公开08表", d.Table(TableKind.GovernmentFund)!.Label);
        Assert.True(d.Table(TableKind.GovernmentFund)!.DeclaredEmpty);
    }

    [Fact]
    public void Seed004_NarrativeScoreBreakdown()
    {
        var e = SeedDocuments.Get("004").Evaluations.Single(x => x.Kind == EvaluationKind.NarrativeBreakdown);
        Assert.Equal(Amount.Parse("91.5"), e.Total);
        Assert.Equal([Amount.Parse("9.5"), Amount.Parse("45"), Amount.Parse("37")], e.Groups.Where(g => g.Level == 1).Select(g => g.Score!.Value));
        Assert.Contains(e.Indicators, i => i.Name == "在职人员控制率" && i.Score == Amount.Parse("5"));
        Assert.Contains(e.Indicators, i => i.Name == "年度资金总额执行率" && i.Score == Amount.Parse("4.5"));
    }

    [Fact]
    public void EverySeed_ParsesWithoutInputFailure()
    {
        foreach (var n in new[] { "000", "001", "003", "004" })
        {
            var d = SeedDocuments.Get(n);
            Assert.NotEmpty(d.Narrative);
            Assert.All(d.Tables, t => Assert.All(t.Rows, r => Assert.NotNull(r.Location.Line)));
        }
    }
}
