using Juesuan.Documents.Reading;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.Corpus;

/// <summary>The real Shanghai PDFs read into the model: figures checked against the printed tables.</summary>
public class CorpusPdfTests
{
    private static readonly Dictionary<string, Disclosure> Cache = [];

    private static Disclosure Read(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var d))
            {
                var result = DisclosureReader.Read(TestPaths.CorpusPdf(name));
                Assert.True(result.Succeeded, result.Failure?.ToString());
                Cache[name] = d = result.Disclosure!;
            }

            return d;
        }
    }

    private static Amount A(string s) => Amount.Parse(s);

    [Fact]
    public void Caizhengju_SummaryTable_BothSides()
    {
        var d = Read("shanghai-putuo-2024-caizhengju.pdf");
        Assert.Equal("上海市普陀区财政局", d.Department);
        Assert.Equal(2024, d.Year);
        Assert.Equal("pdf", d.Format);
        var t = d.Table(TableKind.IncomeExpenditureSummary)!;
        Assert.Equal(AmountUnit.WanYuan, t.Unit);
        Assert.Equal(A("2940.05"), t.Row("一、一般公共预算财政拨款收入", "收入")!.Value("决算数"));
        Assert.Equal(A("6.20"), t.Row("八、其他收入", "收入")!.Value("决算数"));
        Assert.Equal(A("2946.25"), t.Row("本年收入合计", "收入")!.Value("决算数"));
        Assert.Equal(A("49.14"), t.Row("年初结转和结余", "收入")!.Value("决算数"));
        Assert.Equal(A("2995.39"), t.Row("总计", "收入")!.Value("决算数"));
        Assert.Equal(A("2106.66"), t.Row(ClassificationCode.Function("201"))!.Value("决算数"));
        Assert.Equal(A("445.69"), t.Row(ClassificationCode.Function("221"))!.Value("决算数"));
        Assert.Null(t.Row(ClassificationCode.Function("202"))!.Value("决算数"));
        Assert.Equal(A("2940.05"), t.Row("本年支出合计", "支出")!.Value("决算数"));
        Assert.Equal(A("55.34"), t.Row("年末结转和结余", "支出")!.Value("决算数"));
        Assert.Equal(A("2995.39"), t.Row("总计", "支出")!.Value("决算数"));
        Assert.Equal(6, t.Location.Page);
    }

    [Fact]
    public void Caizhengju_CodedTables_SplitCodesAndWrappedNames()
    {
        var d = Read("shanghai-putuo-2024-caizhengju.pdf");
        var income = d.Table(TableKind.Income)!;
        var row = Assert.Single(income.Rows, r => r.Code == ClassificationCode.Function("2080505"));
        Assert.Equal("机关事业单位基本养老保险缴费支出", row.Name);
        Assert.Equal(A("160.75"), row.Value("本年收入合计"));
        Assert.Equal(A("2946.25"), income.Row("合计")!.Value("本年收入合计"));
        Assert.Equal(A("6.20"), income.Row("合计")!.Value("其他收入"));
        Assert.Equal(A("258.50"), income.Row(ClassificationCode.Function("2210203"))!.Value("财政拨款收入"));
        Assert.Equal(2, income.Row(ClassificationCode.Function("2210203"))!.Value("财政拨款收入")!.Value.Scale);

        var expenditure = d.Table(TableKind.Expenditure)!;
        Assert.Equal(A("603.14"), expenditure.Row("合计")!.Value("项目支出"));
        Assert.Equal(A("8.37"), expenditure.Row(ClassificationCode.Function("2010601"))!.Value("项目支出"));
        Assert.Null(expenditure.Row(ClassificationCode.Function("2010602"))!.Value("基本支出"));

        var general = d.Table(TableKind.GeneralBudgetExpenditure)!;
        Assert.Equal(["合计", "基本支出", "项目支出"], general.Columns);
        Assert.Equal(A("2336.91"), general.Row("合计")!.Value("基本支出"));
    }

    [Fact]
    public void Caizhengju_BasicExpenditureAndThreePublic()
    {
        var d = Read("shanghai-putuo-2024-caizhengju.pdf");
        var basic = d.Table(TableKind.GeneralBudgetBasicExpenditure)!;
        Assert.Equal(A("21.21"), basic.Row(ClassificationCode.Economic("30201"))!.Value("决算数"));
        Assert.Equal(A("2082.85"), basic.Row(ClassificationCode.Economic("301"))!.Value("决算数"));
        Assert.Equal(A("13.58"), basic.Row(ClassificationCode.Economic("31002"))!.Value("决算数"));
        Assert.Equal(A("2152.26"), basic.Row("人员经费合计")!.Value("决算数"));
        Assert.Equal(A("184.65"), basic.Row("公用经费合计")!.Value("决算数"));
        var three = d.Table(TableKind.ThreePublicExpenses)!;
        Assert.Equal(A("0.95"), three.Row("公务接待费")!.Value("预算数"));
        Assert.Null(three.Row("公务接待费")!.Value("决算数"));
        Assert.True(d.Table(TableKind.GovernmentFund)!.DeclaredEmpty);
        Assert.True(d.Table(TableKind.StateCapital)!.DeclaredEmpty);
    }

    [Fact]
    public void Caizhengju_FiscalGrantSummary_MultiColumnExpenditureSide()
    {
        var t = Read("shanghai-putuo-2024-caizhengju.pdf").Table(TableKind.FiscalGrantSummary)!;
        Assert.Equal(A("21.63"), t.Row("年初财政拨款结转和结余", "收入")!.Value("决算数"));
        Assert.Equal(A("2961.68"), t.Row("总计", "支出")!.Value("合计"));
        Assert.Equal(A("2961.68"), t.Row("总计", "支出")!.Value("一般公共预算财政拨款"));
        Assert.Equal(A("326.71"), t.Row(ClassificationCode.Function("208"))!.Value("一般公共预算财政拨款"));
    }

    [Fact]
    public void Caizhengju_Narrative_HasPartsAndPages()
    {
        var d = Read("shanghai-putuo-2024-caizhengju.pdf");
        Assert.True(d.Parts.HasFlag(DocumentPart.Explanation));
        Assert.True(d.Parts.HasFlag(DocumentPart.Glossary));
        var explanation = d.Narrative.Where(n => n.Part == DocumentPart.Explanation).ToList();
        Assert.NotEmpty(explanation);
        Assert.All(explanation, n => Assert.NotNull(n.Location.Page));
        Assert.Contains(explanation, n => n.Text.Contains("2,995.39", StringComparison.Ordinal) || n.Text.Contains("2995.39", StringComparison.Ordinal));
    }

    [Fact]
    public void Guihuaziyuanju_SingleColumnCodesAndThreePublic()
    {
        var d = Read("shanghai-putuo-2024-guihuaziyuanju.pdf");
        Assert.Equal("上海市普陀区规划和自然资源局", d.Department);
        Assert.True(d.Parts.HasFlag(DocumentPart.Explanation));
        Assert.Equal(A("446.11"), d.Table(TableKind.Income)!.Row(ClassificationCode.Function("2080505"))!.Value("本年收入合计"));
        Assert.Equal(A("4416.67"), d.Table(TableKind.Income)!.Row(ClassificationCode.Function("2200150"))!.Value("财政拨款收入"));
        Assert.Equal(A("9859.38"), d.Table(TableKind.IncomeExpenditureSummary)!.Row("总计", "支出")!.Value("决算数"));
        Assert.Equal(A("4884.09"), d.Table(TableKind.GeneralBudgetBasicExpenditure)!.Row("人员经费合计")!.FirstValue);
        Assert.Equal(A("0.39"), d.Table(TableKind.ThreePublicExpenses)!.Row("公务接待费")!.Value("决算数"));
        Assert.Equal(A("2.85"), d.Table(TableKind.ThreePublicExpenses)!.Row("合计")!.Value("预算数"));
        Assert.Equal(["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"], d.Table(TableKind.GovernmentFund)!.Columns);
        Assert.Equal(d.Table(TableKind.GovernmentFund)!.Columns, d.Table(TableKind.StateCapital)!.Columns);
        Assert.DoesNotContain(d.Diagnostics, x => x.Code == "JS0104");
    }

    [Fact]
    public void Shehuigongzuobu_EmptyThreePublicDeclared()
    {
        var d = Read("shanghai-putuo-2024-shehuigongzuobu.pdf");
        Assert.Equal("中共上海市普陀区委社会工作部", d.Department);
        Assert.Equal(A("307.82"), d.Table(TableKind.IncomeExpenditureSummary)!.Row("总计", "收入")!.Value("决算数"));
        Assert.Equal(A("202.24"), d.Table(TableKind.Expenditure)!.Row("合计")!.Value("项目支出"));
        Assert.Equal(A("264.87"), d.Table(TableKind.Income)!.Row(ClassificationCode.Function("20139"))!.Value("本年收入合计"));
        Assert.True(d.Table(TableKind.ThreePublicExpenses)!.DeclaredEmpty);
    }

    [Fact]
    public void DefectsInjected_MissingPageGivesMissingTableDiagnostic()
    {
        var d = Read("shanghai-putuo-2024-caizhengju-defects-injected.pdf");
        Assert.Contains(d.Diagnostics, x => x.Code == "JS0101" && x.Message == "缺少支出决算表");
        Assert.NotNull(d.Table(TableKind.Income));
    }

    [Fact]
    public void Template_ReadsAllNineTablesWithoutFigures()
    {
        var d = Read("shanghai-2024-template.pdf");
        foreach (var kind in TableKinds.Standard)
        {
            Assert.NotNull(d.Table(kind));
        }

        Assert.DoesNotContain(d.Diagnostics, x => x.Code == "JS0101");
    }

    [Fact]
    public void EveryCorpusPdf_ReadsWithAllRowsLocatedOnAPage()
    {
        foreach (var path in TestPaths.CorpusPdfs)
        {
            var d = Read(Path.GetFileName(path));
            Assert.True(d.Tables.Count >= 8, path);
            Assert.All(d.Tables.SelectMany(t => t.Rows), r => Assert.NotNull(r.Location.Page));
        }
    }
}
