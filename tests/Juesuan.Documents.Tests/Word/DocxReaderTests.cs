using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Word;
using Juesuan.Domain.Diagnostics;
using static Juesuan.Documents.Tests.Word.LayoutSamples;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Juesuan.Documents.Tests.Word;

public class DocxReaderTests
{
    private static Paragraph Para(params OpenXmlElement[] runContent) => new(new Run(runContent));

    private static Paragraph Para(string text) => Para(new WText(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null, bool continuation = false)
    {
        var props = new TableCellProperties();
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            props.Append(new VerticalMerge { Val = m });
        }
        else if (continuation)
        {
            props.Append(new VerticalMerge());
        }

        return new TableCell(props, Para(text));
    }

    private static LayoutDocument ReadBody(params OpenXmlElement[] content) => ReadBody(DocxLayoutReader.MaxItems, content);

    private static LayoutDocument ReadBody(int budget, params OpenXmlElement[] content)
    {
        using var ms = new MemoryStream();
        using (var word = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(content.Select(e => e.CloneNode(true))));
        }

        return DocxLayoutReader.Read("in.docx", new MemoryStream(ms.ToArray()), budget);
    }

    [Fact]
    public void Vertical_merge_continuations_are_empty_cells_and_grid_span_is_the_column_span()
    {
        var table = new Table(
            new TableRow(Cell("项目", merge: MergedCellValues.Restart), Cell("金额", span: 2)),
            new TableRow(Cell("隐藏", continuation: true), Cell("基本支出"), Cell("项目支出")),
            new TableRow(Cell("合计"), Cell(" 1.00 "), Cell("\u30002.00")));
        var doc = ReadBody(table);
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(["T:项目 ‖ 金额<2> /  ‖ 基本支出 ‖ 项目支出 / 合计 ‖ 1.00 ‖ 2.00"], Shape(doc));
        var t = Assert.IsType<LayoutTable>(doc.Blocks.Single());
        Assert.Equal(new SourceLocation { File = "in.docx", Table = 1 }, t.Location);
        Assert.Equal(new SourceLocation { File = "in.docx", Table = 1, Row = 3 }, t.Rows[2].Location);
        Assert.Equal(new SourceLocation { File = "in.docx", Table = 1, Row = 3, Cell = 2 }, t.Rows[2].Cells[1].Location);
    }

    [Fact]
    public void Paragraph_text_joins_runs_with_tabs_and_breaks_and_skips_deletions_and_field_codes()
    {
        var p = new Paragraph(
            new Run(new WText("一、")),
            new Hyperlink(new Run(new WText("部门"))),
            new Run(new TabChar(), new WText("职责"), new Break(), new WText("第二行")),
            new DeletedRun(new Run(new DeletedText("删除"))),
            new InsertedRun(new Run(new WText("（新增）"))),
            new Run(new FieldCode(" PAGE ")));
        Assert.Equal(["P:一、部门\t职责\n第二行（新增）"], Shape(ReadBody(p)));
    }

    [Fact]
    public void Paragraph_locations_number_body_paragraphs_and_skip_empty_ones()
    {
        var doc = ReadBody(Para("标题"), new Paragraph(), Para("　"), Para("正文"), new Table(new TableRow(Cell("x"))), Para("后记"));
        var paragraphs = doc.Blocks.OfType<LayoutParagraph>().ToList();
        Assert.Equal(["标题", "正文", "后记"], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 4, 5], paragraphs.Select(p => p.Location.Row!.Value));
        Assert.All(paragraphs, p => Assert.Null(p.Location.Table));
    }

    [Fact]
    public void Content_controls_are_looked_through_and_tables_inside_them_are_counted()
    {
        var doc = ReadBody(
            new SdtBlock(new SdtProperties(new SdtAlias { Val = "标题" }), new SdtContentBlock(Para("收入决算表"), new Table(new TableRow(Cell("a"), Cell("b"))))),
            new Table(new SdtRow(new SdtContentRow(new TableRow(new SdtCell(new SdtContentCell(Cell("c"))), Cell("d"))))),
            new Paragraph(new SdtRun(new SdtContentRun(new Run(new WText("控件内文字"))))));
        Assert.Equal(["P:收入决算表", "T:a ‖ b", "T:c ‖ d", "P:控件内文字"], Shape(doc));
        Assert.Equal(2, doc.Blocks.OfType<LayoutTable>().Last().Location.Table);
    }

    [Fact]
    public void Cell_paragraphs_join_with_newlines_and_nested_tables_flatten_into_the_cell()
    {
        var nested = new Table(new TableRow(Cell("内1"), Cell("")), new TableRow(Cell("内2"), Cell("内3")));
        var outer = new Table(new TableRow(new TableCell(Para("第一段"), Para("第二段"), nested, new Paragraph()), Cell("右")));
        Assert.Equal(["T:第一段\n第二段\n内1\n内2\n内3 ‖ 右"], Shape(ReadBody(outer)));
    }

    [Fact]
    public void Bookmark_leftovers_and_full_width_blanks_are_cleaned()
    {
        Assert.Equal(["P:部门决算"], Shape(ReadBody(Para("\u3000[bookmark: _Toc1]部门决算 "))));
    }

    [Fact]
    public void Reading_stops_with_a_truncation_warning_past_the_budget()
    {
        var body = Enumerable.Range(0, 30).Select(i => (OpenXmlElement)Para("段落")).Append(new Table(new TableRow(Cell("a"), Cell("b")))).ToArray();
        var doc = ReadBody(20, body);
        Assert.Equal(20, doc.Blocks.Count);
        Assert.Equal("JS0010", Assert.Single(doc.Diagnostics).Code);

        var cut = ReadBody(31, body);
        Assert.Equal("T:a", Shape(cut.Blocks[^1]));
        Assert.Equal("JS0010", Assert.Single(cut.Diagnostics).Code);
    }
}
