using Juesuan.Documents.Layout;
using Juesuan.Documents.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Juesuan.Documents.Tests.Pdf;

/// <summary>
/// A table without ruling lines, made here with PdfPig's writer (Latin text: the standard
/// fonts have no Chinese glyphs). Amounts are right-aligned as in the real tables.
/// </summary>
public sealed class PdfUnruledTableTests
{
    [Fact]
    public void Aligned_columns_become_a_table_with_wrapped_names_merged()
    {
        var doc = PdfLayoutReader.Read("made.pdf", new MemoryStream(MakePdf()));
        Assert.Empty(doc.Diagnostics);
        var blocks = doc.Blocks;
        Assert.Equal("Revenue table", Assert.IsType<LayoutParagraph>(blocks[0]).Text);
        var table = Assert.IsType<LayoutTable>(blocks[1]);
        Assert.Equal("Notes follow the table.", Assert.IsType<LayoutParagraph>(blocks[2]).Text);

        var rows = table.Rows.Select(PdfCorpus.Texts).ToList();
        Assert.All(rows, r => Assert.Equal(4, r.Length));
        Assert.Equal(["Code", "Name", "Total amount", "Grant"], rows[0]);
        Assert.Equal(["201", "General", "2,112.86", "2,106.66"], rows[1]);
        Assert.Equal(["20805", "Pension insurance", "160.75", "160.75"], rows[2]);
        Assert.Equal(["20806", "Other spending", "80.38", ""], rows[3]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(1, table.Location.Page);
    }

    private static byte[] MakePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        void Text(string s, double x, double y) => page.AddText(s, 10, new PdfPoint(x, y), font);
        void Right(string s, double right, double y) => Text(s, right - (s.Length * 5.56), y);

        Text("Revenue table", 200, 760);
        Text("Code", 50, 720);
        Text("Name", 120, 720);
        Text("Total", 340, 726);
        Text("amount", 340, 714);
        Text("Grant", 430, 720);

        Text("201", 50, 690);
        Text("General", 120, 690);
        Right("2,112.86", 400, 690);
        Right("2,106.66", 480, 690);

        // The name is printed in two lines around the row's amounts.
        Text("Pension", 120, 668);
        Text("20805", 50, 662);
        Right("160.75", 400, 662);
        Right("160.75", 480, 662);
        Text("insurance", 120, 656);

        Text("20806", 50, 634);
        Text("Other", 120, 634);
        Right("80.38", 400, 634);
        Text("spending", 120, 628);

        Text("Notes follow the table.", 50, 590);
        return builder.Build();
    }
}
