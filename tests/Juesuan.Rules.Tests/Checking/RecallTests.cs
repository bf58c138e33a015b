using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Rules.Checking;
using Xunit.Abstractions;

namespace Juesuan.Rules.Tests.Checking;

/// <summary>
/// Synthetic disclosures written as Word text, read back and audited: clean ones give no
/// error, and each injected defect is found by one of the rules meant to find it.
/// </summary>
public class RecallTests(ITestOutputHelper output)
{
    private const int Documents = 30;

    private static Disclosure RoundTrip(Disclosure d)
    {
        var text = DisclosureFiles.ToText(d);
        var read = DisclosureReader.Read("synthetic.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(read.Succeeded, read.Failure?.ToString());
        return read.Disclosure!;
    }

    [Fact]
    public void Check_CleanSyntheticDocuments_GiveNoErrorOrWarning()
    {
        var checker = new Checker();
        var alarms = new List<string>();
        for (var seed = 1; seed <= Documents; seed++)
        {
            var report = checker.Check(RoundTrip(SyntheticDisclosure.Generate(seed)));
            alarms.AddRange(report.Findings.Where(f => f.Severity != Severity.Info).Select(f => $"seed {seed}: {f}"));
        }

        Assert.Empty(alarms);
    }

    [Fact]
    public void Check_InjectedDefects_AtLeast99PercentFound()
    {
        var checker = new Checker();
        var missed = new List<string>();
        var injected = 0;
        foreach (var kind in Enum.GetValues<DefectKind>())
        {
            var found = 0;
            var tried = 0;
            for (var seed = 1; seed <= Documents; seed++)
            {
                if (DefectInjector.Inject(SyntheticDisclosure.Generate(seed), kind, seed) is not { } defect)
                {
                    continue;
                }

                tried++;
                var report = checker.Check(RoundTrip(defect.Document));
                if (report.Findings.Any(f => defect.Rules.Contains(f.Rule)))
                {
                    found++;
                }
                else
                {
                    missed.Add($"{kind} seed {seed}: {string.Join(" | ", report.Findings.Select(f => f.Rule + " " + f.Message))}");
                }
            }

            injected += tried;
            output.WriteLine($"{kind,-18} {found,3}/{tried,3}");
            Assert.True(tried >= Documents / 2, $"{kind}: only {tried} documents had a place for the defect");
        }

        var recall = 1 - ((double)missed.Count / injected);
        output.WriteLine($"recall {recall:P2} of {injected}");
        Assert.True(recall >= 0.99, $"recall {recall:P2}; missed:\n" + string.Join("\n", missed.Take(20)));
    }

    /// <summary>The same defects survive .docx and .xlsx: every kind on a few documents per format.</summary>
    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Check_InjectedDefects_FoundThroughWordAndExcel(string format)
    {
        var checker = new Checker();
        var missed = new List<string>();
        var injected = 0;
        foreach (var kind in Enum.GetValues<DefectKind>())
        {
            for (var seed = 1; seed <= 3; seed++)
            {
                if (DefectInjector.Inject(SyntheticDisclosure.Generate(seed), kind, seed) is not { } defect)
                {
                    continue;
                }

                injected++;
                using var ms = new MemoryStream();
                if (format == "docx")
                {
                    DisclosureFiles.WriteDocx(defect.Document, ms);
                }
                else
                {
                    DisclosureFiles.WriteXlsx(defect.Document, ms);
                }

                var read = DisclosureReader.Read("synthetic." + format, ms.ToArray());
                Assert.True(read.Succeeded, read.Failure?.ToString());
                var report = checker.Check(read.Disclosure!);
                if (!report.Findings.Any(f => defect.Rules.Contains(f.Rule)))
                {
                    missed.Add($"{kind} seed {seed}");
                }
            }
        }

        Assert.True(injected > 60);
        Assert.Empty(missed);
    }
}

public class FundCheckTests
{
    [Theory]
    [InlineData("基本支出", 0, null)]
    [InlineData("基本支出", 5, "SE-FUND")]
    [InlineData("上年结转", 0, null)]
    [InlineData("上年结转", 3, "SE-FUND")]
    public void Check_SelfEvaluationFundFigure_AgainstTables(string label, int bump, string? rule)
    {
        var d = SyntheticDisclosure.Generate(11);
        var e = d.Evaluations[0];
        var basic = d.Table(Domain.Tables.TableKind.Expenditure)!.Row("合计")!.Value("基本支出")!.Value.Value;
        var value = label == "基本支出" ? basic + bump : bump;
        var fund = e.Fund! with { Breakdown = [new(label, Domain.Amounts.Amount.Of(value, 2))] };
        var report = new Checker().Check(d with { Evaluations = [e with { Fund = fund }] });
        Assert.Equal(rule is not null, report.Findings.Any(f => f.Rule == "SE-FUND"));
    }
}
