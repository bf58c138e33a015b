using System.Diagnostics;
using Juesuan.Documents.Excel;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Tests.Word;
using Juesuan.Documents.Word;
using static Juesuan.Documents.Tests.Word.LayoutSamples;

namespace Juesuan.Documents.Tests.Excel;

public class XlsxBadInputTests
{
    private static LayoutDocument Read(byte[] bytes) => XlsxLayoutReader.Read("bad.xlsx", new MemoryStream(bytes));

    private static void AssertFails(LayoutDocument doc, string code)
    {
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal("bad.xlsx", d.Location.File);
        Assert.Empty(doc.Blocks);
    }

    [Fact]
    public void Empty_file_is_corrupt() => AssertFails(Read([]), "JS0006");

    [Fact]
    public void Random_bytes_are_corrupt() => AssertFails(Read(BadInputs.RandomBytes(2, 5000)), "JS0006");

    [Fact]
    public void Truncated_zip_is_corrupt()
    {
        var valid = XlsxRoundTripTests.Write(FinalAccounts());
        AssertFails(Read(valid[..(valid.Length * 2 / 3)]), "JS0006");
    }

    [Fact]
    public void Zip_without_a_workbook_is_corrupt() => AssertFails(Read(BadInputs.Zip(("hello.txt", "你好"))), "JS0006");

    [Fact]
    public void Word_document_is_not_a_workbook()
    {
        using var ms = new MemoryStream();
        DocxLayoutWriter.Write(FinalAccounts(), ms);
        AssertFails(Read(ms.ToArray()), "JS0006");
    }

    [Fact]
    public void Encrypted_workbook_is_reported_as_encrypted() => AssertFails(Read(BadInputs.Compound(encrypted: true)), "JS0005");

    [Fact]
    public void Legacy_xls_is_an_unknown_format() => AssertFails(Read(BadInputs.Compound(encrypted: false)), "JS0004");

    [Fact]
    public void Zip_bomb_is_refused_as_too_large() =>
        AssertFails(Read(BadInputs.Bomb("xl/worksheets/sheet1.xml", 70L << 20)), "JS0003");

    [Fact]
    public void Deeply_nested_xml_is_refused() =>
        AssertFails(Read(BadInputs.Zip(("xl/styles.xml", BadInputs.Deep(5000)))), "JS0006");

    [Fact]
    public void Mutated_workbooks_never_throw_or_hang()
    {
        var valid = XlsxRoundTripTests.Write(FinalAccounts());
        var random = new Random(20240602);
        var watch = Stopwatch.StartNew();
        var readable = 0;
        for (var i = 0; i < 200; i++)
        {
            var bytes = BadInputs.Mutate(valid, random, i);
            var started = watch.Elapsed;
            var doc = Read(bytes);
            readable += doc.Blocks.Count > 0 ? 1 : 0;
            Assert.True(watch.Elapsed - started < TimeSpan.FromSeconds(5), $"iteration {i} took {watch.Elapsed - started}");
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"200 mutations took {watch.Elapsed}");
        Assert.True(readable > 0, "no mutated workbook was readable at all: the mutations test nothing past the zip");
    }
}
