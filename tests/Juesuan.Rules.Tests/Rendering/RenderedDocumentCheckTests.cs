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
    private static ExplanationInputs Complete => new()
    {
        PriorTotal = 1000m,
        PriorGrantTotal = 1000m,
        PriorGeneralBudget = 1000m,
        InitialBudget = 900m,
        PriorThreePublic = 10.12m,
        PriorOperating = 50.33m,
        AbroadCounts = (1, 3),
        ReceptionCounts = (12, 48),
        VehiclePurchases = 0,
        Vehicles = 2,
        Meetings = 1.20m,
        Training = 0.85m,
        Procurement = 12.50m,
        ProcurementByKind = (8.50m, 0m, 4.00m),
        SmallBusinessContracts = 10.00m,
        LargeGeneralEquipment = 0,
        LargeSpecialEquipment = 0,
        Functions = "负责本部门职能范围内的各项工作。",
        Institutions = "内设综合股、业务股等股室。",
        Reasons = new Dictionary<string, string>
        {
            ["收支变动"] = "人员调整",
            ["预算差异"] = "年中追加了项目经费",
            ["三公变动"] = "严格控制公务接待",
            ["机关运行经费变动"] = "办公设备购置减少",
        },
    };

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
