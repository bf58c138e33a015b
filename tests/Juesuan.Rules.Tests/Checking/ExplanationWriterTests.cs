using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Rules.Checking;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Checking;

/// <summary>The generated 情况说明 passes its own audit; what it lacks is marked, never invented.</summary>
public class ExplanationWriterTests
{
    private static readonly string[] TextErrors = ["TX-AMOUNT", "TX-SHARE", "TX-RATE", "TX-CHANGE", "TX-DIRECTION", "TX-SUM", "TX-PRIOR", "TX-UNIT"];

    private static Disclosure WithExplanation(Disclosure d, ExplanationInputs inputs) => d with
    {
        Narrative = [.. ExplanationWriter.Write(d, inputs).Select((t, i) => new NarrativeParagraph(t, DocumentPart.Explanation, null, SourceLocation.AtLine("generated.txt", i + 1)) { Order = i })],
    };

    [Theory]
    [InlineData("001")]
    [InlineData("004")]
    public void Write_FromASeedsTables_PassesTheTextChecksAndMarksWhatIsMissing(string seed)
    {
        var d = DisclosureReader.Read(TestPaths.Seed(seed)).Disclosure!;
        var report = new Checker().Check(WithExplanation(d, new ExplanationInputs()));
        Assert.DoesNotContain(report.Findings, f => TextErrors.Contains(f.Rule));
        Assert.Contains(report.Findings, f => f.Rule == "LO-PLACEHOLDER" && f.Message.Contains("【待补充：", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Write_WithEveryInput_LeavesNothingToReport(int seed)
    {
        var spec = SyntheticDisclosure.Spec(seed);
        var d = SampleDisclosure.Build(spec);
        var inputs = SampleInputs.For(spec);
        var text = ExplanationWriter.Write(d, inputs);
        Assert.DoesNotContain(text, t => t.Contains("【待补充", StringComparison.Ordinal));
        var report = new Checker().Check(WithExplanation(d, inputs));
        Assert.DoesNotContain(report.Findings, f => TextErrors.Contains(f.Rule) || f.Rule.StartsWith("LO-", StringComparison.Ordinal) || f.Rule.StartsWith("CP-", StringComparison.Ordinal) || f.Rule == "TX-SCORE" || f.Rule == "SE-GRADE");
    }

    [Fact]
    public void Write_DirectionWordsFollowTheFigures()
    {
        var d = SampleDisclosure.Create();
        var up = ExplanationWriter.Write(d, new ExplanationInputs { PriorTotal = 1000m })[2];
        var down = ExplanationWriter.Write(d, new ExplanationInputs { PriorTotal = 1200m })[2];
        var flat = ExplanationWriter.Write(d, new ExplanationInputs { PriorTotal = 1151.98m })[2];
        Assert.Contains("增加151.98万元，增长15.20%", up, StringComparison.Ordinal);
        Assert.Contains("减少48.02万元，降低4.00%", down, StringComparison.Ordinal);
        Assert.Contains("持平", flat, StringComparison.Ordinal);
    }
}
