using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Tests.Word;

/// <summary>Hand-built layouts and comparisons shared by the Word and Excel tests.</summary>
internal static class LayoutSamples
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("sample");

    public static LayoutParagraph P(string text) => new(text, Here);

    public static LayoutCell C(string text, int span = 1) => new(text, Here, span);

    public static LayoutRow R(params LayoutCell[] cells) => new(cells, Here);

    public static LayoutRow R(params string[] texts) => new(texts.Select(t => C(t)).ToList(), Here);

    public static LayoutTable T(params LayoutRow[] rows) => new(rows, Here);

    public static LayoutDocument Doc(params LayoutBlock[] blocks) => new("sample", "test", blocks, []);

    /// <summary>A small 部门决算: narrative, two tables with captions, merged headers, blanks and figures.</summary>
    public static LayoutDocument FinalAccounts() => Doc(
        P("2024年度某某区委机构编制委员会办公室部门决算"),
        P("第一部分 部门概况"),
        P("一、部门职责：负责全区机构编制管理工作。本部门内设综合股、机构编制管理股。"),
        P("收入决算表"),
        P("公开02表"),
        P("单位：万元"),
        T(
            R(C("项目", 2), C("本年收入合计"), C("财政拨款收入"), C("其他收入")),
            R("科目编码", "科目名称", "1", "2", "3"),
            R("201", "一般公共服务支出", "2,940.05", "16.90", "0"),
            R("20101", "人大事务", "16.9", "", "-3.50"),
            R("20132", "组织事务", "", "", ""),
            R("", "二、外交支出", "", "", ""),
            R(C("合计", 2), C("2,956.95"), C("16.90"), C("0")),
            R("备注\n第二行", "（空）", "123456789.01", "0.00", "")),
        P("注：本表反映部门本年度取得的各项收入情况。"),
        P("财政拨款“三公”经费支出决算表"),
        P("2024"),
        T(
            R(C("预算数", 3), C("决算数", 3)),
            R("合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费"),
            R("1.50", "0", "1.5", "1.20", "", "1.2")),
        P("（一）收入支出决算总体情况说明\t2024年度收入总计235.81万元，比上年增加16.90万元，增长7.72%。"),
        P("第二行\n续行"),
        T(R(C("本表无数据", 3))));

    /// <summary>Blocks as comparable strings: "P:text" and "T:" + rows of "text|span".</summary>
    public static List<string> Shape(LayoutDocument doc) => doc.Blocks.Select(Shape).ToList();

    public static string Shape(LayoutBlock block) => block switch
    {
        LayoutParagraph p => "P:" + p.Text,
        LayoutTable t => "T:" + string.Join(" / ", t.Rows.Select(r => string.Join(" ‖ ", r.Cells.Select(c => c.ColumnSpan == 1 ? c.Text : $"{c.Text}<{c.ColumnSpan}>")))),
        _ => block.GetType().Name,
    };

    public static List<string> Tables(LayoutDocument doc) => doc.Blocks.OfType<LayoutTable>().Select(Shape).ToList();

    public static List<string> Paragraphs(LayoutDocument doc) => doc.Blocks.OfType<LayoutParagraph>().Select(p => p.Text).ToList();
}
