using System.Text;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Tests.Interpretation;

/// <summary>Layouts other provinces print, written as Word text exports (cells behind tabs, rows by blank lines).</summary>
public class LayoutVariantTests
{
    private static Disclosure Read(params string[][] rowsAndParagraphs)
    {
        var sb = new StringBuilder();
        foreach (var item in rowsAndParagraphs)
        {
            if (item.Length == 1 && !item[0].StartsWith('\t'))
            {
                sb.Append(item[0]).Append('\n');
                continue;
            }

            foreach (var cell in item)
            {
                sb.Append('\t').Append(cell.TrimStart('\t')).Append('\n');
            }

            sb.Append('\n');
        }

        var result = DisclosureReader.Read("variant.txt", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result.Disclosure!;
    }

    [Fact]
    public void SummaryWithoutItemHeader_SplitsAtTheClassLines()
    {
        var d = Read(
            ["收入支出决算总表"],
            ["单位：万元"],
            ["收入", "支出"],
            ["一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "90.00"],
            ["二、政府性基金预算财政拨款收入", "", "八、社会保障和就业支出", "10.00"],
            ["本年收入合计", "100.00", "本年支出合计", "100.00"]);
        var t = d.Table(TableKind.IncomeExpenditureSummary)!;
        Assert.Equal(Amount.Parse("90.00"), t.Row(ClassificationCode.Function("201"))!.Value("决算数"));
        Assert.Equal(Amount.Parse("10.00"), t.Row(ClassificationCode.Function("208"))!.Value("决算数"));
        Assert.Equal(Amount.Parse("100.00"), t.Row("本年收入合计", "收入")!.Value("决算数"));
    }

    [Fact]
    public void CodeAndNameInOneCell_AreSplit()
    {
        var d = Read(
            ["支出决算表"],
            ["部门：某局  单位：万元"],
            ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
            ["合计", "50.00", "40.00", "10.00"],
            ["2010101 行政运行", "40.00", "40.00", ""],
            ["2010102 一般行政管理事务", "10.00", "", "10.00"]);
        var t = d.Table(TableKind.Expenditure)!;
        Assert.Equal("某局", d.Department);
        Assert.Equal("行政运行", t.Row(ClassificationCode.Function("2010101"))!.Name);
        Assert.Equal(Amount.Parse("10.00"), t.Row(ClassificationCode.Function("2010102"))!.Value("项目支出"));
        Assert.Null(t.Row(ClassificationCode.Function("2010102"))!.Value("基本支出"));
        Assert.Equal(Amount.Parse("40.00"), t.Row("合计")!.Value("基本支出"));
    }

    [Fact]
    public void SplitCodeColumnsWithoutNameHeading_FindTheNameColumnFromTheRows()
    {
        var d = Read(
            ["一般公共预算财政拨款支出决算表"],
            ["单位：万元"],
            ["类", "款", "项", "项目", "合计", "基本支出", "项目支出"],
            ["201", "", "", "一般公共服务支出", "30.00", "30.00", ""],
            ["201", "01", "01", "行政运行", "30.00", "30.00", ""]);
        var t = d.Table(TableKind.GeneralBudgetExpenditure)!;
        Assert.Equal(["合计", "基本支出", "项目支出"], t.Columns);
        Assert.Equal("行政运行", t.Row(ClassificationCode.Function("2010101"))!.Name);
        Assert.Equal(Amount.Parse("30.00"), t.Row(ClassificationCode.Function("201"))!.Value("基本支出"));
    }

    [Fact]
    public void UnknownCode_IsADiagnosticNotACrash()
    {
        var d = Read(
            ["收入决算表"],
            ["单位：元"],
            ["科目编码", "科目名称", "本年收入合计"],
            ["2999999", "不存在的科目", "1200"]);
        var t = d.Table(TableKind.Income)!;
        Assert.Equal(AmountUnit.Yuan, t.Unit);
        Assert.Contains(d.Diagnostics, x => x.Code == "JS0102" && x.Message == "功能分类科目编码 2999999 不在分类目录中" && x.Location.Line == 7);
    }

    [Fact]
    public void NameDisagreeingWithCatalog_IsInfo()
    {
        var d = Read(
            ["收入决算表"],
            ["单位：万元"],
            ["科目编码", "科目名称", "本年收入合计"],
            ["2080505", "住房公积金", "1.00"]);
        Assert.Contains(d.Diagnostics, x => x.Code == "JS0103" && x.Message == "科目 2080505 的名称“住房公积金”与分类目录“机关事业单位基本养老保险缴费支出”不一致");
    }

    [Fact]
    public void MissingUnit_IsReadAsWanYuanWithInfo()
    {
        var d = Read(
            ["收入决算表"],
            ["科目编码", "科目名称", "本年收入合计"],
            ["合计", "", "1.00"]);
        Assert.Equal(AmountUnit.WanYuan, d.Table(TableKind.Income)!.Unit);
        Assert.Contains(d.Diagnostics, x => x.Code == "JS0105");
    }

    [Fact]
    public void ProjectSelfEvaluation_WithOtherHeadingWords()
    {
        var d = Read(
            ["2024年度项目支出绩效自评表"],
            ["项目名称", "示例项目"],
            ["项目资金（万元）", "", "年初预算", "全年预算", "全年执行", "分值", "执行率", "得分"],
            ["", "年度资金总额", "10", "12", "11.4", "10", "95%", "9.5"],
            ["一级指标", "二级指标", "三级指标", "目标值", "实际值", "分值", "得分", "偏差原因"],
            ["产出指标（50分）", "数量指标", "培训人次", "≥100", "120", "50", "50", ""],
            ["总分", "100", "96.5", ""]);
        var e = Assert.Single(d.Evaluations);
        Assert.Equal(Juesuan.Domain.Evaluations.EvaluationKind.ProjectSelfEvaluation, e.Kind);
        Assert.Equal("示例项目", e.Subject);
        Assert.Equal(Amount.Parse("11.4"), e.Fund!.Executed);
        Assert.Equal(Amount.Parse("12"), e.Fund.FullYearBudget);
        Assert.Equal(Amount.Parse("95"), e.Fund.ExecutionRate);
        var i = e.Indicators.Single(x => x.Name == "培训人次");
        Assert.Equal(("≥100", "120"), (i.Target, i.Actual));
        Assert.Equal(Amount.Parse("96.5"), e.Total);
    }
}
