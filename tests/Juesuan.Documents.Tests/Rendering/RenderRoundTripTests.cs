using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Documents.Writing.Rendering;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Tests.Rendering;

/// <summary>
/// parse(render(m)) gives back m's tables: a seed (or the sample) is composed into the whole
/// document, written as .docx, .xlsx and .pdf (LibreOffice), and each file read back.
/// </summary>
public class RenderRoundTripTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-render-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var source in new[] { "001", "004", "sample" })
            {
                foreach (var format in new[] { "docx", "xlsx", "pdf" })
                {
                    data.Add(source, format);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_ThenParse_GivesBackTheSameTables(string source, string format)
    {
        var figures = source == "sample" ? SampleDisclosure.Create() : Seeds.SeedDocuments.Get(source);
        // A breakdown read out of the text is not a table: the text is written anew.
        figures = figures with { Evaluations = [.. figures.Evaluations.Where(e => e.Kind != Domain.Evaluations.EvaluationKind.NarrativeBreakdown)] };
        var composed = DisclosureComposer.Compose(figures, new ExplanationInputs());
        var (files, error) = DisclosureRenderer.Render(composed, dir, source, [Enum.Parse<RenderFormat>(format, ignoreCase: true)]);
        Assert.True(error is null, error + (PdfConverter.Program is null ? "（CI 由 scripts/test.sh 调用 scripts/install-office.sh 安装 LibreOffice）" : string.Empty));
        var back = DisclosureReader.Read(Assert.Single(files));
        OfficialLayoutRoundTripTests.AssertSameTables(figures, back, pdf: format == "pdf");
        Assert.Equal(figures.Department, back.Disclosure!.Department);
        Assert.Equal(figures.Year, back.Disclosure.Year);
    }

    [Fact]
    public void Render_AllFormats_WritesEveryFileWithTheNameGiven()
    {
        var (files, error) = DisclosureRenderer.Render(DisclosureComposer.Compose(SampleDisclosure.Create(), new ExplanationInputs()), dir, "示例", RenderFormats.All);
        Assert.Null(error);
        Assert.Equal(["示例.docx", "示例.xlsx", "示例.pdf", "示例.html", "示例.json", "示例.csv", "示例.datapackage.json"], files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0, f));
        var json = DisclosureReader.Read(files[4]);
        Assert.True(json.Succeeded, json.Failure?.ToString());
        Assert.Equal(9, json.Disclosure!.Tables.Count);
    }

    [Theory]
    [InlineData("docx,pdf", new[] { RenderFormat.Docx, RenderFormat.Pdf })]
    [InlineData("PDF , docx", new[] { RenderFormat.Docx, RenderFormat.Pdf })]
    [InlineData("json", new[] { RenderFormat.Json })]
    public void Formats_Parse_InWritingOrder(string list, RenderFormat[] expected) =>
        Assert.Equal(expected, RenderFormats.Parse(list, out _));

    [Theory]
    [InlineData("docx,odt", "odt")]
    [InlineData("1", "1")]
    [InlineData("", null)]
    public void Formats_Unknown_NamesTheOffender(string list, string? unknown)
    {
        Assert.Null(RenderFormats.Parse(list, out var offender));
        Assert.Equal(unknown, offender);
    }

    [Fact]
    public void Compose_KeepsTablesAndLabelsThemInNationalOrder()
    {
        var sample = SampleDisclosure.Create();
        var composed = DisclosureComposer.Compose(sample with { Tables = [.. sample.Tables.Reverse()] }, new ExplanationInputs());
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"公开{i:00}表"), composed.Tables.Select(t => t.Label));
        Assert.Equal(DocumentPart.Overview | DocumentPart.FinalAccountsTables | DocumentPart.Explanation | DocumentPart.Glossary | DocumentPart.EvaluationTables, composed.Parts);
        Assert.Contains(composed.Narrative, n => n.Text == "第四部分 名词解释");
        Assert.Contains(composed.Narrative, n => n.Text.StartsWith("十二、“三公”经费：", StringComparison.Ordinal) || n.Text.Contains("“三公”经费：", StringComparison.Ordinal));
    }
}
