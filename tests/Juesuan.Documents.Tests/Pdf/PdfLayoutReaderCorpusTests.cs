using Juesuan.Documents.Layout;
using static Juesuan.Documents.Tests.Pdf.PdfCorpus;

namespace Juesuan.Documents.Tests.Pdf;

/// <summary>
/// The other Shanghai files: Word output drawing rules as filled rectangles (规划和自然资源局),
/// WPS output (社会工作部, the template, the defects copy); codes in one 7-digit column.
/// </summary>
public sealed class PdfLayoutReaderCorpusTests
{
    public static TheoryData<string> AllFiles => new() { Caizhengju, Guihua, Shehui, Defects, Template };

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Every_file_reads_cleanly_into_rectangular_tables(string name)
    {
        var doc = Read(name);
        Assert.Empty(doc.Diagnostics);
        var tables = doc.Blocks.OfType<LayoutTable>().ToList();
        Assert.InRange(tables.Count, 8, 12);
        foreach (var table in tables)
        {
            var width = table.Rows[0].Cells.Count;
            Assert.All(table.Rows, r => Assert.Equal(width, r.Cells.Count));
        }

        Assert.Contains(doc.Blocks, b => b is LayoutParagraph { Text: "单位：万元" });
        Assert.DoesNotContain(doc.Blocks, b => b is LayoutParagraph p && ParagraphIsPageNumber(p.Text));
    }

    [Fact]
    public void Guihua_revenue_table_has_code_and_name_columns_and_spans_two_pages()
    {
        var doc = Read(Guihua);
        var table = TableAfter(doc, "收入决算表");
        Assert.All(table.Rows, r => Assert.Equal(9, r.Cells.Count));
        Assert.Equal(["项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], Texts(table.Rows[0]));
        Assert.Equal(["功能分类科目编码", "科目名称"], Texts(table.Rows[1])[..2]);
        Assert.Equal(["合计", "", "9746.50", "9746.50"], Texts(table.Rows[2])[..4]);
        Assert.Equal(2, table.Rows[2].Cells[0].ColumnSpan);
        var row = Assert.Single(RowsStartingWith(table, "2080505"));
        Assert.Equal(["2080505", "机关事业单位基本养老保险缴费支出", "446.11", "446.11"], row[..4]);
        Assert.Equal(["2210203", "购房补贴", "171.49", "171.49"], Texts(table.Rows[^1])[..4]);
        Assert.Equal(9, table.Rows[^1].Location.Page);
        Assert.Single(Between(doc, "收入决算表", "支出决算表"), b => b is LayoutTable);
    }

    [Fact]
    public void Guihua_summary_and_basic_tables()
    {
        var doc = Read(Guihua);
        var summary = TableAfter(doc, "收入支出决算总表");
        Assert.Contains(summary.Rows, r => Texts(r).SequenceEqual(["一、一般公共预算财政拨款收入", "9746.50", "一、一般公共服务支出", ""]));
        Assert.Contains(summary.Rows, r => Texts(r).SequenceEqual(["", "", "十一、城乡社区支出", "3845.25"]));
        Assert.Equal(["总计", "9859.38", "总计", "9859.38"], Texts(summary.Rows[^1]));

        var basic = TableAfter(doc, "一般公共预算财政拨款基本支出决算表");
        Assert.All(basic.Rows, r => Assert.Equal(6, r.Cells.Count));
        Assert.Contains(basic.Rows, r => Texts(r).SequenceEqual(["30108", "机关事业单位基本养老保险缴费", "446.11", "30206", "电费", "18.86"]));
        Assert.Contains(basic.Rows, r => Texts(r).SequenceEqual(["", "", "", "31007", "信息网络及软件购置更新", "0.00"]));
        Assert.Equal(["人员经费合计", "", "4884.09", "公用经费合计", "", "480.66"], Texts(basic.Rows[^1]));

        var sangong = TableAfter(doc, "财政拨款“三公”经费支出决算表");
        Assert.Equal(["2.85", "0.39", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "2.85", "0.39"], Texts(sangong.Rows[^1]));
        Assert.Equal("公务用车购置及运行维护费", sangong.Rows[1].Cells[4].Text);
        Assert.Equal(6, sangong.Rows[1].Cells[4].ColumnSpan);
    }

    [Fact]
    public void Guihua_notes_follow_their_table_and_do_not_swallow_the_next_title()
    {
        var blocks = Between(Read(Guihua), "收入决算表", "支出决算表");
        Assert.Equal("注：本表反映部门本年度取得的各项收入情况。", Assert.IsType<LayoutParagraph>(blocks[^1]).Text);
    }

    [Fact]
    public void Shehui_tables()
    {
        var doc = Read(Shehui);
        var summary = TableAfter(doc, "收入支出决算总表");
        Assert.Contains(summary.Rows, r => Texts(r).SequenceEqual(["一、一般公共预算财政拨款收入", "307.82", "一、一般公共服务支出", "264.87"]));
        Assert.Equal(["总计", "307.82", "总计", "307.82"], Texts(summary.Rows[^1]));

        var spending = TableAfter(doc, "支出决算表");
        Assert.Equal(["2013999", "其他社会工作事务支出", "202.24", "", "202.24", "", "", ""], Assert.Single(RowsStartingWith(spending, "2013999")));
        Assert.Equal(["2210203", "购房补贴", "11.72", "11.72"], Texts(spending.Rows[^1])[..4]);

        var grant = TableAfter(doc, "财政拨款收入支出决算总表");
        Assert.All(grant.Rows, r => Assert.Equal(7, r.Cells.Count));
        Assert.Equal(["总计", "307.82", "总计", "307.82", "307.82", "", ""], Texts(grant.Rows[^1]));
    }

    [Fact]
    public void Template_keeps_placeholder_rows()
    {
        var doc = Read(Template);
        var table = TableAfter(doc, "收入决算表");
        Assert.Contains(table.Rows, r => Texts(r)[..2].SequenceEqual(["20799", "其他文化旅游体育与传媒支出"]));
        Assert.Contains(doc.Blocks, b => b is LayoutParagraph p && p.Text.Contains("上海市XX局", StringComparison.Ordinal));
    }

    [Fact]
    public void Defects_copy_reads_its_altered_content()
    {
        var doc = Read(Defects);
        var paragraphs = doc.Blocks.OfType<LayoutParagraph>().Select(p => p.Text).ToList();
        Assert.DoesNotContain("支出决算表", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("上海市普陀区财政局2024年度收入支出总计0万元。", StringComparison.Ordinal));
        var revenue = TableAfter(doc, "收入决算表");
        Assert.Equal("160.75", Assert.Single(RowsStartingWith(revenue, "208", "05", "05"))[4]);
    }

    private static bool ParagraphIsPageNumber(string text) => text.Length <= 4 && text.All(char.IsAsciiDigit);
}
