using System.Diagnostics;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Pdf;

namespace Juesuan.Documents.Tests.Pdf;

/// <summary>Damaged input gives diagnostics, never exceptions; the work is bounded.</summary>
public sealed class PdfLayoutReaderRobustnessTests
{
    [Fact]
    public void Truncated_pdf_gives_a_corrupt_diagnostic()
    {
        var bytes = File.ReadAllBytes(PdfCorpus.PathOf(PdfCorpus.Caizhengju))[..3000];
        var doc = PdfLayoutReader.Read("cut.pdf", new MemoryStream(bytes));
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("JS0006", d.Code);
        Assert.Equal("cut.pdf", d.Location.File);
        Assert.Empty(doc.Blocks);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void Random_bytes_give_a_corrupt_diagnostic(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var doc = PdfLayoutReader.Read("noise.pdf", new MemoryStream(bytes));
        Assert.Equal("JS0006", Assert.Single(doc.Diagnostics).Code);
    }

    [Fact]
    public void A_pdf_header_followed_by_garbage_gives_a_diagnostic()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF");
        var doc = PdfLayoutReader.Read("stub.pdf", new MemoryStream(bytes));
        Assert.NotEmpty(doc.Diagnostics);
    }

    [Fact]
    public void Cut_in_the_middle_still_returns_without_throwing()
    {
        var all = File.ReadAllBytes(PdfCorpus.PathOf(PdfCorpus.Guihua));
        foreach (var length in new[] { all.Length / 3, all.Length / 2, all.Length - 100 })
        {
            var doc = PdfLayoutReader.Read("part.pdf", new MemoryStream(all[..length]));
            Assert.True(doc.Diagnostics.Count > 0 || doc.Blocks.Count > 0);
        }
    }

    [Fact]
    public void A_page_with_only_an_image_is_reported_and_the_rest_is_read()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var scan = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        scan.AddPng(Convert.FromBase64String(OnePixelPng), new UglyToad.PdfPig.Core.PdfRectangle(50, 50, 500, 700));
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4)
            .AddText("Second page text.", 10, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var doc = PdfLayoutReader.Read("scan.pdf", new MemoryStream(builder.Build()));
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("JS0009", d.Code);
        Assert.Equal(1, d.Location.Page);
        var p = Assert.IsType<LayoutParagraph>(Assert.Single(doc.Blocks));
        Assert.Equal("Second page text.", p.Text);
        Assert.Equal(2, p.Location.Page);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        var bytes = File.ReadAllBytes(PdfCorpus.PathOf(PdfCorpus.Shehui));
        var doc = PdfLayoutReader.Read("x.pdf", new ForwardOnlyStream(bytes));
        Assert.Empty(doc.Diagnostics);
        Assert.Contains(doc.Blocks, b => b is LayoutTable);
    }

    [Fact]
    public void A_thirty_page_file_reads_quickly_once_warm()
    {
        var bytes = File.ReadAllBytes(PdfCorpus.PathOf(PdfCorpus.Guihua));
        PdfLayoutReader.Read("warm.pdf", new MemoryStream(bytes));
        var sw = Stopwatch.StartNew();
        PdfLayoutReader.Read("warm.pdf", new MemoryStream(bytes));

        // The target is 200 ms on an idle core; the bound leaves room for a busy CI machine.
        Assert.InRange(sw.ElapsedMilliseconds, 0, 3000);
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }
    }
}
