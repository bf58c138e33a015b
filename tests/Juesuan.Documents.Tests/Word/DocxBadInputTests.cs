using System.Diagnostics;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Word;
using static Juesuan.Documents.Tests.Word.LayoutSamples;

namespace Juesuan.Documents.Tests.Word;

public class DocxBadInputTests
{
    private static LayoutDocument Read(byte[] bytes) => DocxLayoutReader.Read("bad.docx", new MemoryStream(bytes));

    private static byte[] Valid()
    {
        using var ms = new MemoryStream();
        DocxLayoutWriter.Write(FinalAccounts(), ms);
        return ms.ToArray();
    }

    private static void AssertFails(LayoutDocument doc, string code)
    {
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal("bad.docx", d.Location.File);
    }

    [Fact]
    public void Empty_file_is_corrupt() => AssertFails(Read([]), "JS0006");

    [Fact]
    public void Random_bytes_are_corrupt() => AssertFails(Read(BadInputs.RandomBytes(1, 5000)), "JS0006");

    [Fact]
    public void Truncated_zip_is_corrupt()
    {
        var valid = Valid();
        AssertFails(Read(valid[..(valid.Length / 2)]), "JS0006");
    }

    [Fact]
    public void Zip_without_the_main_part_is_corrupt() =>
        AssertFails(Read(BadInputs.Zip(("hello.txt", "你好"))), "JS0006");

    [Fact]
    public void Package_without_a_document_part_is_corrupt() =>
        AssertFails(Read(BadInputs.Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/document.xml", "<x/>"))), "JS0006");

    [Fact]
    public void Damaged_xml_is_corrupt() =>
        AssertFails(Read(BadInputs.Zip(("word/document.xml", "<w:document><w:body>"))), "JS0006");

    [Fact]
    public void Encrypted_package_is_reported_as_encrypted() => AssertFails(Read(BadInputs.Compound(encrypted: true)), "JS0005");

    [Fact]
    public void Legacy_doc_is_an_unknown_format() => AssertFails(Read(BadInputs.Compound(encrypted: false)), "JS0004");

    [Fact]
    public void Zip_bomb_is_refused_as_too_large() =>
        AssertFails(Read(BadInputs.Bomb("word/document.xml", 70L << 20)), "JS0003");

    [Fact]
    public void Deeply_nested_xml_is_refused() =>
        AssertFails(Read(BadInputs.Zip(("word/document.xml", BadInputs.Deep(5000)))), "JS0006");

    [Fact]
    public void Stream_that_fails_is_unreadable()
    {
        var doc = DocxLayoutReader.Read("bad.docx", new FailingStream());
        AssertFails(doc, "JS0002");
    }

    [Fact]
    public void Mutated_documents_never_throw_or_hang()
    {
        var valid = Valid();
        var random = new Random(20240601);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            var bytes = BadInputs.Mutate(valid, random, i);
            var started = watch.Elapsed;
            var doc = Read(bytes);
            Assert.NotNull(doc);
            Assert.True(watch.Elapsed - started < TimeSpan.FromSeconds(5), $"iteration {i} took {watch.Elapsed - started}");
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"200 mutations took {watch.Elapsed}");
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("磁盘错误");

        public override int Read(Span<byte> buffer) => throw new IOException("磁盘错误");
    }
}
