using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing.Html;
using Juesuan.Domain.Tables;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.Writing;

public class DisclosureHtmlWriterTests
{
    [Fact]
    public void Write_Seed001_EveryTableWithLabelUnitAndTwoDecimalFigures()
    {
        var d = DisclosureReader.Read(TestPaths.Seed("001")).Disclosure!;
        var html = DisclosureHtmlWriter.Write(d);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        foreach (var kind in TableKinds.Standard)
        {
            Assert.Contains($">{kind.Title()}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("公开09表", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">15.70</td>", html, StringComparison.Ordinal); // printed "15.7"
        Assert.Contains("本表无数据", html, StringComparison.Ordinal);
        Assert.Contains("完成年初预算的100%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EscapesText()
    {
        var d = SampleDisclosure.Create() with { Department = "<b>局</b>" };
        Assert.Contains("&lt;b&gt;局&lt;/b&gt;", DisclosureHtmlWriter.Write(d), StringComparison.Ordinal);
    }
}
