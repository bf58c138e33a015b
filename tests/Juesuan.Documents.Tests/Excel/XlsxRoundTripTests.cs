using ClosedXML.Excel;
using Juesuan.Documents.Excel;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Text;
using Juesuan.Tests.Shared;
using static Juesuan.Documents.Tests.Word.LayoutSamples;

namespace Juesuan.Documents.Tests.Excel;

/// <summary>
/// Round trip through .xlsx: the same tables in the same order (row and cell texts, spans),
/// and every paragraph text present (paragraphs are regrouped per sheet).
/// </summary>
public class XlsxRoundTripTests
{
    internal static byte[] Write(LayoutDocument doc)
    {
        using var ms = new MemoryStream();
        XlsxLayoutWriter.Write(doc, ms);
        return ms.ToArray();
    }

    private static LayoutDocument Read(byte[] bytes) => XlsxLayoutReader.Read("out.xlsx", new MemoryStream(bytes));

    private static void AssertRoundTrip(LayoutDocument original, LayoutDocument back)
    {
        AssertRoundTripOnce(original, back);

        // The SDK fallback reads the same workbook the same way.
        AssertRoundTripOnce(original, XlsxLayoutReader.Read("out.xlsx", new MemoryStream(Write(original)), useClosedXml: false));
    }

    private static void AssertRoundTripOnce(LayoutDocument original, LayoutDocument back)
    {
        Assert.Empty(back.Diagnostics);
        Assert.Equal(Tables(original), Tables(back));
        var read = Paragraphs(back);
        Assert.All(Paragraphs(original), p => Assert.Contains(p, read));
    }

    [Fact]
    public void Sample_tables_and_paragraphs_read_back()
    {
        var original = FinalAccounts();
        var back = Read(Write(original));
        Assert.Equal("xlsx", back.Format);
        AssertRoundTrip(original, back);
    }

    [Fact]
    public void Sheets_follow_document_order_and_are_named_after_titles()
    {
        using var wb = new XLWorkbook(new MemoryStream(Write(FinalAccounts())));
        // The note under the income table stays on its sheet, below the table.
        Assert.Equal(["说明", "收入决算表", "财政拨款“三公”经费支出决算表", "说明(2)", "表3"], wb.Worksheets.Select(w => w.Name));
        var ws = wb.Worksheet("收入决算表");
        Assert.Equal("注：本表反映部门本年度取得的各项收入情况。", ws.Cell(ws.LastRowUsed().RowNumber(), 1).GetString());
        Assert.Equal("收入决算表", ws.Cell("A1").GetString());
        Assert.Equal("单位：万元", ws.Cell("A3").GetString());
        Assert.Equal(2940.05, ws.Cell("C6").GetDouble());
        Assert.Equal("#,##0.00", ws.Cell("C6").Style.NumberFormat.Format);
        Assert.Equal("0.00", ws.Cell("D6").Style.NumberFormat.Format);
        Assert.Contains(ws.MergedRanges, r => r.RangeAddress.ToString() == "A4:B4");
        Assert.Equal(XLBorderStyleValues.Thin, ws.Cell("E10").Style.Border.RightBorder);
    }

    [Fact]
    public void Numbers_keep_their_printed_form()
    {
        var original = Doc(T(
            R("16.90", "0", "16.9", "2,940.05", "-3.50", "2,940"),
            R("007", "+5", "1,2,3", "-0", "12345678901234567", "0.000"),
            R("=SUM(A1)", "'引号", "１６", "2010101", "50%", "")));
        var back = Read(Write(original));
        AssertRoundTrip(original, back);
    }

    [Fact]
    public void Figures_are_stored_as_numbers_and_other_texts_as_text()
    {
        using var wb = new XLWorkbook(new MemoryStream(Write(Doc(T(R("16.90", "007", "=1+2", "2,940.05"))))));
        var ws = wb.Worksheet(1);
        Assert.Equal(XLDataType.Number, ws.Cell("A1").DataType);
        Assert.Equal(XLDataType.Text, ws.Cell("B1").DataType);
        Assert.False(ws.Cell("C1").HasFormula);
        Assert.Equal(XLDataType.Number, ws.Cell("D1").DataType);
    }

    [Fact]
    public void Merged_headers_and_one_cell_tables_survive()
    {
        var original = Doc(
            P("支出决算表"),
            T(R(C("项目", 2), C("本年支出合计"), C("基本支出")), R("201", "一般公共服务支出", "1.00", "1.00")),
            T(R(C("本表无数据", 4))),
            T(R("单格")));
        AssertRoundTrip(original, Read(Write(original)));
    }

    [Fact]
    public void Empty_document_writes_a_workbook_that_reads_as_nothing()
    {
        var back = Read(Write(Doc()));
        Assert.Empty(back.Blocks);
        Assert.Empty(back.Diagnostics);
    }

    [Fact]
    public void Sheet_names_are_valid_and_unique()
    {
        var names = new XlsxSheetNames();
        Assert.Equal("a_b", names.Make("a_b", "x"));
        Assert.Equal("收入决算表", names.Make("[收入]决算表?", "x"));
        Assert.Equal("收入决算表(2)", names.Make("收入决算表", "x"));
        Assert.Equal("x", names.Make("'''", "x"));
        Assert.Equal("history-fallback", names.Make("History", "history-fallback"));
        var longName = names.Make(new string('长', 40), "x");
        Assert.Equal(31, longName.Length);
        var longAgain = names.Make(new string('长', 40), "x");
        Assert.Equal(31, longAgain.Length);
        Assert.EndsWith("(2)", longAgain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("004")]
    public void Seed_layout_tables_round_trip(string seed)
    {
        var path = TestPaths.Seed(seed);
        var layout = WordTextReader.Read(path, File.ReadAllLines(path));
        var bytes = Write(layout);
        var back = Read(bytes);
        Assert.Empty(back.Diagnostics);
        var sdk = XlsxLayoutReader.Read("out.xlsx", new MemoryStream(bytes), useClosedXml: false);
        Assert.Equal(Shape(back), Shape(sdk));

        // Spreadsheets are grids: a short row reads back padded to the table's width, and
        // all-empty rows at either end of a table are not kept.
        static List<string> Normalised(LayoutDocument d) => d.Blocks.OfType<LayoutTable>().Select(t =>
        {
            var width = t.Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));
            var rows = t.Rows.Where(r => r.Cells.Count > 0).Select(r => r with
            {
                Cells = [.. r.Cells, .. Enumerable.Repeat(C(string.Empty), width - r.Cells.Sum(c => c.ColumnSpan))],
            }).ToList();
            while (rows.Count > 0 && rows[^1].Cells.All(c => c.Text.Length == 0))
            {
                rows.RemoveAt(rows.Count - 1);
            }

            while (rows.Count > 0 && rows[0].Cells.All(c => c.Text.Length == 0))
            {
                rows.RemoveAt(0);
            }

            return Shape(new LayoutTable(rows, t.Location));
        }).Where(s => s != "T:").ToList();

        var expected = Normalised(layout);
        var actual = Normalised(back);
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(expected.Count, actual.Count);
        var read = Paragraphs(back);
        Assert.All(Paragraphs(layout).Where(p => p.Length > 0), p => Assert.Contains(p, read));
    }
}
