using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Documents.Writing.Official;

namespace Juesuan.Documents.Tests.Rendering;

/// <summary>
/// The streamed .docx and .xlsx are valid Office Open XML: the OpenXml SDK's schema validator
/// finds nothing in a rendered document (official layout, merges, TOC field, sections).
/// </summary>
public class PackageValidityTests
{
    private static readonly Juesuan.Documents.Layout.LayoutDocument Layout =
        OfficialLayoutWriter.Write(DisclosureComposer.Compose(SampleDisclosure.Create(), SampleInputs.Create()));

    [Fact]
    public void Docx_Rendered_IsSchemaValid()
    {
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(Layout, ms);
        ms.Position = 0;
        using var doc = WordprocessingDocument.Open(ms, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void Xlsx_Rendered_IsSchemaValid()
    {
        using var ms = new MemoryStream();
        DisclosureFiles.WriteXlsx(Layout, ms);
        ms.Position = 0;
        using var doc = SpreadsheetDocument.Open(ms, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        // Nine tables, the self-evaluation, and the running text before and after the tables;
        // the 本表无数据 notes sit under their tables.
        Assert.Equal(12, doc.WorkbookPart!.WorksheetParts.Count());
    }
}
