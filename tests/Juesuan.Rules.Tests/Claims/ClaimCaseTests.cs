using Juesuan.Documents.Samples;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Rules.Checking;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Claims;

/// <summary>Case file claims.cases: one sentence under a heading, checked against the sample's tables.</summary>
public class ClaimCaseTests
{
    private static readonly string[] TextRules = ["TX-", "LO-", "SE-GRADE"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(TestPaths.Root, "tests", "Juesuan.Rules.Tests", "Claims", "claims.cases");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(" | ");
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Sentence_GivesExpectedFindings(string heading, string sentence, string expected)
    {
        var sample = SampleDisclosure.Create(2024);
        var at = SourceLocation.AtLine("case.txt", 10);
        var document = sample with
        {
            Narrative =
            [
                new NarrativeParagraph(heading, DocumentPart.Explanation, heading, at),
                new NarrativeParagraph(sentence, DocumentPart.Explanation, heading, at with { Line = 11 }),
            ],
        };
        var found = new Checker().Check(document).Findings
            .Where(f => TextRules.Any(p => f.Rule.StartsWith(p, StringComparison.Ordinal)) || f.Rule == "TX-SCORE")
            .Select(f => $"{f.Rule}:{f.Severity.ToString().ToLowerInvariant()}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var wanted = expected == "ok" ? [] : expected.Split(", ").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wanted, found);
    }
}
