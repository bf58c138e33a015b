using Juesuan.Documents.Layout;
using static Juesuan.Documents.Tests.Pdf.PdfCorpus;

namespace Juesuan.Documents.Tests.Pdf;

/// <summary>The 普陀区财政局 file: ONLYOFFICE output, codes printed in three columns 类/款/项.</summary>
public sealed class PdfLayoutReaderCaizhengjuTests
{
    private static LayoutDocument Doc => Read(Caizhengju);

    [Fact]
    public void Reads_without_diagnostics_with_pages_and_no_line_numbers()
    {
        Assert.Empty(Doc.Diagnostics);
        Assert.Equal("pdf", Doc.Format);
        Assert.All(Doc.Blocks, b => Assert.Null(b.Location.Line));
        Assert.All(Doc.Blocks, b => Assert.InRange(b.Location.Page ?? 0, 1, 25));
    }

    [Fact]
    public void Every_table_row_has_one_cell_per_grid_column()
    {
        foreach (var table in Doc.Blocks.OfType<LayoutTable>())
        {
            var width = table.Rows[0].Cells.Count;
            Assert.All(table.Rows, r => Assert.Equal(width, r.Cells.Count));
        }
    }

    [Fact]
    public void Summary_table_has_both_sides_in_four_cells()
    {
        var table = TableAfter(Doc, "收入支出决算总表");
        Assert.All(table.Rows, r => Assert.Equal(4, r.Cells.Count));
        Assert.Contains(table.Rows, r => Texts(r).SequenceEqual(["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"]));
        Assert.Contains(table.Rows, r => Texts(r).SequenceEqual(["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"]));
        Assert.Contains(table.Rows, r => Texts(r).SequenceEqual(["年初结转和结余", "49.14", "年末结转和结余", "55.34"]));

        // The last rows are on page 7: the table continues over the page break.
        Assert.Equal(["总计", "2,995.39", "总计", "2,995.39"], Texts(table.Rows[^1]));
        Assert.Equal(7, table.Rows[^1].Location.Page);
        Assert.Equal(["项目", "决算数", "项目", "决算数"], Texts(table.Rows[1]));
        Assert.Equal("收入", table.Rows[0].Cells[0].Text);
        Assert.Equal(2, table.Rows[0].Cells[0].ColumnSpan);
    }

    [Fact]
    public void Revenue_table_keeps_three_code_columns_and_merges_wrapped_names()
    {
        var table = TableAfter(Doc, "收入决算表");
        Assert.All(table.Rows, r => Assert.Equal(11, r.Cells.Count));
        var rows = RowsStartingWith(table, "208", "05", "05");
        var row = Assert.Single(rows);
        Assert.Equal("机关事业单位基本养老保险缴费支出", row[3]);
        Assert.Equal("160.75", row[4]);
        Assert.Equal("160.75", row[5]);
        Assert.Equal("机关事业单位职业年金缴费支出", Assert.Single(RowsStartingWith(table, "208", "05", "06"))[3]);
        Assert.Equal(["类", "款", "项", "合计", "2,946.25", "2,940.05", "", "", "", "", "6.20"], Texts(table.Rows[3]));
    }

    [Fact]
    public void Revenue_table_header_cells_join_their_wrapped_lines()
    {
        var header = Texts(TableAfter(Doc, "收入决算表").Rows[0]);
        Assert.Equal("项目", header[0]);
        Assert.Equal(["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], header[4..]);
    }

    [Fact]
    public void Revenue_table_continued_on_the_next_page_is_one_table()
    {
        var blocks = Between(Doc, "收入决算表", "支出决算表");
        var table = Assert.IsType<LayoutTable>(Assert.Single(blocks, b => b is LayoutTable));
        var last = Texts(table.Rows[^1]);
        Assert.Equal(["221", "02", "03", "购房补贴", "258.50", "258.50"], last[..6]);
        Assert.Equal(9, table.Rows[^1].Location.Page);
        Assert.Equal(8, table.Location.Page);
    }

    [Fact]
    public void Basic_expenditure_table_keeps_both_code_name_amount_groups()
    {
        var table = TableAfter(Doc, "一般公共预算财政拨款基本支出决算表");
        Assert.All(table.Rows, r => Assert.Equal(8, r.Cells.Count));
        Assert.Contains(table.Rows, r => Texts(r).SequenceEqual(["301", "08", "机关事业单位基本养老保险缴费", "160.75", "302", "06", "电费", ""]));
        Assert.Contains(table.Rows, r => Texts(r).SequenceEqual(["", "", "", "", "310", "02", "办公设备购置", "13.58"]));
        var last = table.Rows[^1];
        Assert.Equal(["人员经费合计", "", "", "2,152.26", "公用经费合计", "", "", "184.65"], Texts(last));
        Assert.Equal(3, last.Cells[0].ColumnSpan);
    }

    [Fact]
    public void Titles_units_and_notes_are_paragraphs_around_tables()
    {
        var blocks = Between(Doc, "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表");
        Assert.Equal("单位：万元", Assert.IsType<LayoutParagraph>(blocks[0]).Text);
        Assert.IsType<LayoutTable>(blocks[1]);
        Assert.Equal("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。", Assert.IsType<LayoutParagraph>(blocks[2]).Text);
    }

    [Fact]
    public void Running_text_is_joined_into_paragraphs_without_spaces()
    {
        var paragraphs = Doc.Blocks.OfType<LayoutParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("（一）贯彻执行国家和本市有关财政工作的法律、法规、规章和方针、政策；研究拟订本区财政发展战略", StringComparison.Ordinal));

        // A number that did not fit at the end of a line stays in its paragraph.
        Assert.Contains(paragraphs, p => p.EndsWith("住房保障支出（类）445.69万元，占15.16%；", StringComparison.Ordinal));
        Assert.Contains("五、一般公共预算财政拨款支出决算情况说明", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.All(char.IsAsciiDigit));
    }
}
