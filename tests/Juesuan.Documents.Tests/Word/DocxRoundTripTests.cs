using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Text;
using Juesuan.Documents.Word;
using Juesuan.Tests.Shared;
using static Juesuan.Documents.Tests.Word.LayoutSamples;

namespace Juesuan.Documents.Tests.Word;

public class DocxRoundTripTests
{
    private static byte[] Write(LayoutDocument doc)
    {
        using var ms = new MemoryStream();
        DocxLayoutWriter.Write(doc, ms);
        return ms.ToArray();
    }

    private static LayoutDocument Read(byte[] bytes) => DocxLayoutReader.Read("out.docx", new MemoryStream(bytes));

    [Fact]
    public void Sample_reads_back_block_for_block()
    {
        var original = FinalAccounts();
        var back = Read(Write(original));
        Assert.Empty(back.Diagnostics);
        Assert.Equal("docx", back.Format);
        Assert.Equal(Shape(original), Shape(back));
    }

    [Fact]
    public void Written_document_is_valid_open_xml()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Write(FinalAccounts())), false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Written_document_is_a4_with_chinese_font_borders_and_right_aligned_figures()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Write(FinalAccounts())), false);
        var main = word.MainDocumentPart!;
        var size = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.PageSize>().Single();
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);
        var fonts = main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().Single();
        Assert.Equal("宋体", fonts.EastAsia!.Value);
        var table = main.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First();
        Assert.NotNull(table.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableProperties>()!.TableBorders);
        var figure = table.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First(c => c.InnerText == "2,940.05");
        Assert.Equal(
            DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right,
            figure.Descendants<DocumentFormat.OpenXml.Wordprocessing.Justification>().Single().Val!.Value);
        Assert.Equal(2, table.Descendants<DocumentFormat.OpenXml.Wordprocessing.GridSpan>().First().Val!.Value);
    }

    [Fact]
    public void Adjacent_tables_stay_apart_and_empty_paragraphs_are_not_written()
    {
        var doc = Doc(T(R("a", "b")), T(R("c", "d")), P("   "), T(R(C("x\ty", 2))));
        Assert.Equal(["T:a ‖ b", "T:c ‖ d", "T:x\ty<2>"], Shape(Read(Write(doc))));
    }

    [Fact]
    public void Control_characters_are_dropped_rather_than_breaking_the_file()
    {
        var doc = Doc(P("收入\u0001决算\u000b表"), T(R("a\u0000", "b\r\nc")));
        Assert.Equal(["P:收入决算表", "T:a ‖ b\nc"], Shape(Read(Write(doc))));
    }

    [Fact]
    public void Empty_document_round_trips_to_nothing()
    {
        var back = Read(Write(Doc()));
        Assert.Empty(back.Blocks);
        Assert.Empty(back.Diagnostics);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("004")]
    public void Seed_layout_round_trips(string seed)
    {
        var path = TestPaths.Seed(seed);
        var layout = WordTextReader.Read(path, File.ReadAllLines(path));
        var back = Read(Write(layout));
        Assert.Empty(back.Diagnostics);

        // The .docx reader drops empty paragraphs (the text reader keeps a paragraph that was only a bookmark).
        var expected = Shape(layout).Where(s => s != "P:").ToList();
        var actual = Shape(back);
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(expected.Count, actual.Count);
    }
}
