using System.Text;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Tests.Text;

/// <summary>Page texts: "===== PAGE n =====" separators, lines wrapped inside sentences and numbers.</summary>
public class PageTextTests
{
    private const string Sample = """
        ===== PAGE 1 =====
        示例区财政局2024年度部门决算
        ===== PAGE 2 =====
        收入决算表
        单位：万元
        项目    本年收入合计    财政拨款收入    其他收入
        合计    120.50    120.00    0.50
        201    一般公共服务支出    120.50    120.00    0.50
        2010601    行政运行    120.50    120.00    0.50
        ===== PAGE 3 =====
        第三部分 示例区财政局2024年度部门决算情况说明
        一、收入支出决算总体情况说明
        2024年度收、支总计120.50万元。与上年相比，收、支总计各增加10.
        25万元，增长9.30%，主要原因是人员增
        加。
        二、收入决算情况说明
        本年收入合计120.50万元。
        """;

    private static Disclosure Read() =>
        DisclosureReader.Read("pages.txt", Encoding.UTF8.GetBytes(Sample.Replace("\r", string.Empty, StringComparison.Ordinal))).Disclosure!;

    [Fact]
    public void WrappedSentence_IsJoinedWithItsNumber()
    {
        var p = Read().Narrative.Single(n => n.Text.StartsWith("2024年度收、支总计", StringComparison.Ordinal));
        Assert.Equal("2024年度收、支总计120.50万元。与上年相比，收、支总计各增加10.25万元，增长9.30%，主要原因是人员增加。", p.Text);
        Assert.Equal(13, p.Location.Line);
        Assert.Equal(3, p.Location.Page);
        Assert.Equal(DocumentPart.Explanation, p.Part);
    }

    [Fact]
    public void Headings_StayParagraphsOfTheirOwn()
    {
        var d = Read();
        Assert.Contains(d.Narrative, n => n.Text == "二、收入决算情况说明" && n.Location.Line == 16);
        Assert.Contains(d.Narrative, n => n.Text == "本年收入合计120.50万元。" && n.Heading == "二、收入决算情况说明");
    }

    [Fact]
    public void SpaceAlignedTable_IsReadWithItsPage()
    {
        var d = Read();
        Assert.Equal("示例区财政局", d.Department);
        var t = d.Table(TableKind.Income)!;
        Assert.Equal(Amount.Parse("120.00"), t.Row(Juesuan.Domain.Classification.ClassificationCode.Function("2010601"))!.Value("财政拨款收入"));
        Assert.Equal(Amount.Parse("0.50"), t.Row("合计")!.Value("其他收入"));
        Assert.Equal(2, t.Location.Page);
    }
}
