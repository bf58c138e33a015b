using Juesuan.Documents.Inputs;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Documents.Writing.Rendering;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Rendering;

/// <summary>
/// The Write guarantee: a document rendered from figures checks with no error, and whatever
/// the preparer has not supplied is marked in the text and reported by the check.
/// </summary>
public class RenderedDocumentCheckTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-rendered-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>The seeds that are final-accounts disclosures (000 and 003 are self-evaluation reports).</summary>
    public static TheoryData<string> Seeds => new(["001", "004"]);

    /// <summary>Every input given, with reasons.</summary>
    private static ExplanationInputs Complete => SampleInputs.Create();

    [Fact]
    public void Render_FilledSampleWorkbook_DocxChecksWithNoError()
    {
        var workbook = Path.Combine(dir, "input.xlsx");
        using (var s = File.Create(workbook))
        {
            InputWorkbookWriter.Write(2024, s, SampleDisclosure.Create(), Complete);
        }

        var input = InputWorkbookReader.Read(workbook);
        Assert.Empty(input.Diagnostics);
        var report = CheckRendered(DisclosureComposer.Compose(input.Figures!, input.Inputs), "sample");
        Assert.False(report.HasErrors, Describe(report));
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Warning);
    }

    /// <summary>
    /// A seed's tables with every input given. Its own self-evaluation is swapped for one that
    /// adds up: seed 001's carries score sums that do not, which rendering faithfully keeps.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_SeedTablesWithEveryInput_DocxChecksWithNoError(string seed)
    {
        var figures = Read(TestPaths.Seed(seed)) with { Evaluations = SampleDisclosure.Create().Evaluations };
        var report = CheckRendered(DisclosureComposer.Compose(figures, Complete), seed);
        Assert.False(report.HasErrors, Describe(report));
    }

    [Fact]
    public void Render_InputsMissing_MarksThemAndCheckReportsEach()
    {
        var figures = Read(TestPaths.Seed("004")) with { Evaluations = [] };
        var composed = DisclosureComposer.Compose(figures, Complete with { PriorTotal = null, Reasons = new Dictionary<string, string>() });
        Assert.Contains(composed.Narrative, n => n.Text.Contains("【待补充：上年收支总计】", StringComparison.Ordinal));
        Assert.Contains(composed.Narrative, n => n.Text.Contains("【待补充：预算差异的原因】", StringComparison.Ordinal));
        var report = CheckRendered(composed, "missing");
        Assert.True(report.HasErrors);
        Assert.All(report.Findings.Where(f => f.Severity == Severity.Error), f => Assert.Equal("LO-PLACEHOLDER", f.Rule));
    }

    private CheckReport CheckRendered(Disclosure composed, string name)
    {
        var (files, error) = DisclosureRenderer.Render(composed, dir, name, [RenderFormat.Docx]);
        Assert.Null(error);
        return new Checker().Check(Read(Assert.Single(files)));
    }

    private static Disclosure Read(string path)
    {
        var read = DisclosureReader.Read(path);
        Assert.True(read.Succeeded, read.Failure?.ToString());
        return read.Disclosure!;
    }

    private static string Describe(CheckReport r) =>
        string.Join("\n", r.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => $"{f.Rule} {f.Location} {f.Message}"));
}
