using Juesuan.Documents.Interpretation;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Tests.Interpretation;

public class MetadataTests
{
    [Theory]
    [InlineData("部门：中共株洲市渌口区委机构编制委员会办公室  单位：万元", "中共株洲市渌口区委机构编制委员会办公室")]
    [InlineData("部门：某局", "某局")]
    [InlineData("填报单位：", null)]
    [InlineData("公开02表", null)]
    public void Department_FromTableHeaderLine(string text, string? department) => Assert.Equal(department, Metadata.Department(text));

    [Theory]
    [InlineData("北塔区编办2023年部门整体支出绩效自评报告", "北塔区编办", 2023)]
    [InlineData("上海市普陀区财政局2024年度部门决算", "上海市普陀区财政局", 2024)]
    [InlineData("第二部分上海市普陀区规划和自然资源局2024年度部门决算", "上海市普陀区规划和自然资源局", 2024)]
    [InlineData("2022年度部门整体支出绩效评价报告", null, 2022)]
    [InlineData("第一部分 上海市普陀区财政局概况", "上海市普陀区财政局", null)]
    [InlineData("2024年度收、支总计235.81万元。", null, null)]
    public void FromTitle_DepartmentAndYear(string text, string? department, int? year) =>
        Assert.Equal((department, year), Metadata.FromTitle(text));

    [Theory]
    [InlineData("　\t　\t公开02表", "公开02表")]
    [InlineData("公开 7 表", "公开7表")]
    [InlineData("收入决算表", null)]
    public void Label_IsFound(string text, string? label) => Assert.Equal(label, Metadata.Label(text));

    [Fact]
    public void Unit_FromHeaderLine() => Assert.Equal(AmountUnit.WanYuan, Metadata.Unit("部门：X\t\t单位：万元"));

    [Theory]
    [InlineData("第三部分 2023年度部门决算情况说明", null, DocumentPart.Explanation)]
    [InlineData("第三部分上海市普陀区规划和自然资源局2024年度部门决算", "情况说明", DocumentPart.Explanation)]
    [InlineData("第四部分    名词解释", null, DocumentPart.Glossary)]
    [InlineData("2024年区委编办深化机构改革工作项目支出", null, null)]
    [InlineData("绩效自评报告", null, DocumentPart.EvaluationReport)]
    [InlineData("蓝山县2023年度县委编办整体绩效评价", "报  告", DocumentPart.EvaluationReport)]
    public void PartOf_RecognisesPartHeadings(string text, string? next, DocumentPart? part) =>
        Assert.Equal(part, DocumentSections.PartOf(text, next));
}
