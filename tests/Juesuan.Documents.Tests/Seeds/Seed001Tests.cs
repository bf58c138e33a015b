using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Tests.Seeds;

/// <summary>Seed 001: 渌口区 区委编办 2024 部门决算 with nine tables and two self-evaluation tables.</summary>
public class Seed001Tests
{
    private static Disclosure D => SeedDocuments.Get("001");

    [Fact]
    public void Header_DepartmentAndYear() 
    {
        Assert.Equal("中共株洲市渌口区委机构编制委员会办公室", D.Department);
        Assert.Equal(2024, D.Year);
        Assert.True(D.Parts.HasFlag(DocumentPart.Explanation));
        Assert.True(D.Parts.HasFlag(DocumentPart.Glossary));
        Assert.True(D.Parts.HasFlag(DocumentPart.EvaluationTables));
    }

    [Fact]
    public void AllNineStandardTables_AreRecognised()
    {
        foreach (var kind in TableKinds.Standard)
        {
            Assert.NotNull(D.Table(kind));
        }

        Assert.DoesNotContain(D.Diagnostics, x => x.Code == "JS0101");
    }

    [Fact]
    public void BasicExpenditure_OfficeCostsAndPersonnelTotal()
    {
        var t = D.Table(TableKind.GeneralBudgetBasicExpenditure)!;
        Assert.Equal(Amount.Parse("29.31"), t.Row(ClassificationCode.Economic("30201"))!.Value("决算数"));
        Assert.Equal("办公费", t.Row(ClassificationCode.Economic("30201"))!.Name);
        Assert.Equal(Amount.Parse("180.83"), t.Row("人员经费合计")!.Value("决算数"));
        Assert.Equal(Amount.Parse("54.97"), t.Row("公用经费合计")!.Value("决算数"));
        Assert.Equal(Amount.Parse("175.11"), t.Row(ClassificationCode.Economic("301"))!.FirstValue);
        Assert.Null(t.Row(ClassificationCode.Economic("30109"))!.FirstValue);
    }

    [Fact]
    public void Income_PensionContributionItem()
    {
        var t = D.Table(TableKind.Income)!;
        Assert.Equal("万元", t.Unit.ToChinese());
        Assert.Equal("公开02表", t.Label);
        var row = t.Row(ClassificationCode.Function("2080505"))!;
        Assert.Equal(Amount.Parse("16.9"), row.Value("本年收入合计"));
        Assert.Equal(1, row.Value("本年收入合计")!.Value.Scale);
        Assert.Equal(Amount.Parse("16.9"), row.Value("财政拨款收入"));
        Assert.Null(row.Value("事业收入"));
        Assert.Equal(435, row.Cell("本年收入合计")!.Location.Line - 1);
        Assert.Equal(["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], t.Columns);
    }

    [Fact]
    public void Summary_BothSidesAndClassLines()
    {
        var t = D.Table(TableKind.IncomeExpenditureSummary)!;
        Assert.Equal(Amount.Parse("235.81"), t.Row("本年收入合计", "收入")!.Value("决算数"));
        Assert.Equal(Amount.Parse("235.81"), t.Row("总计", "支出")!.Value("决算数"));
        Assert.Equal(Amount.Parse("203.08"), t.Row(ClassificationCode.Function("201"))!.Value("决算数"));
        Assert.Equal(Amount.Parse("15.7"), t.Row(ClassificationCode.Function("221"))!.Value("决算数"));
        Assert.Equal(31, t.Row(ClassificationCode.Function("201"))!.LineNumber);
    }

    [Fact]
    public void FiscalGrantSummary_HasGeneralBudgetColumn()
    {
        var t = D.Table(TableKind.FiscalGrantSummary)!;
        Assert.Equal(Amount.Parse("235.81"), t.Row("本年支出合计", "支出")!.Value("一般公共预算财政拨款"));
        Assert.Null(t.Row("本年支出合计", "支出")!.Value("政府性基金预算财政拨款"));
    }

    [Fact]
    public void ThreePublic_ReceptionBudgetAndActual()
    {
        var t = D.Table(TableKind.ThreePublicExpenses)!;
        Assert.Equal(Amount.Parse("0.2"), t.Row("公务接待费")!.Value("预算数"));
        Assert.Equal(Amount.Parse("0.08"), t.Row("公务接待费")!.Value("决算数"));
        Assert.Equal(Amount.Parse("0"), t.Row("公务用车购置费")!.Value("决算数"));
    }

    [Fact]
    public void FundTables_DeclaredEmpty()
    {
        Assert.True(D.Table(TableKind.GovernmentFund)!.DeclaredEmpty);
        Assert.True(D.Table(TableKind.StateCapital)!.DeclaredEmpty);
        Assert.False(D.Table(TableKind.Income)!.DeclaredEmpty);
    }

    [Fact]
    public void DepartmentSelfEvaluation_TotalFundAndIndicators()
    {
        var e = D.Evaluations.Single(x => x.Kind == EvaluationKind.DepartmentSelfEvaluation);
        Assert.Equal(Amount.Parse("98.78"), e.Total);
        Assert.Equal(Amount.Parse("224.09"), e.Fund!.InitialBudget);
        Assert.Equal(Amount.Parse("235.8"), e.Fund.Executed);
        Assert.Equal(Amount.Parse("100"), e.Fund.ExecutionRate);
        Assert.Contains(e.Fund.Breakdown, b => b.Key == "基本支出" && b.Value == Amount.Parse("225.71"));
        var i = e.Indicators.Single(x => x.Name == "优化机构编制资源配置");
        Assert.Equal(("效益指标", "社会效益指标"), (i.Level1, i.Level2));
        Assert.Equal(Amount.Parse("9"), i.Score);
        Assert.Contains(e.Groups, g => g.Name == "产出指标" && g.Weight == Amount.Parse("50"));
    }

    [Fact]
    public void ProjectSelfEvaluation_IsItsOwnEvaluation()
    {
        var e = D.Evaluations.Single(x => x.Kind == EvaluationKind.ProjectSelfEvaluation);
        Assert.Equal(Amount.Parse("98.97"), e.Total);
        Assert.Equal("深化机构改革工作项目", e.Subject);
        Assert.Equal(Amount.Parse("10.12"), e.Fund!.FullYearBudget);
    }

    [Fact]
    public void Narrative_KeepsTheLineOfEachSentence()
    {
        var p = D.Narrative.Single(n => n.Text.Contains("完成年初预算的100%", StringComparison.Ordinal));
        Assert.Equal(1615, p.Location.Line);
        Assert.Equal(DocumentPart.Explanation, p.Part);
        Assert.Equal("（三）一般公共预算财政拨款支出决算具体情况", p.Heading);
        Assert.Contains(D.Narrative, n => n.Location.Line == 1640 && n.Text.Contains("XX%", StringComparison.Ordinal));
        Assert.DoesNotContain(D.Narrative, n => n.Text.Contains("[bookmark", StringComparison.Ordinal));
    }
}
