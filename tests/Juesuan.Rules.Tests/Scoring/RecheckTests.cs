using Juesuan.Documents.Reading;
using Juesuan.Rules.Scoring;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Scoring;

public class RecheckTests
{
    private static IReadOnlyList<RecheckResult> Recheck(string seed)
    {
        var read = DisclosureReader.Read(TestPaths.Seed(seed));
        Assert.True(read.Succeeded, read.Failure?.ToString());
        return Rechecker.Recheck(read.Disclosure!);
    }

    [Fact]
    public void Recheck_Seed003_RubricOwnRulesTakeFourPoints()
    {
        var r = Assert.Single(Recheck("003"));
        Assert.Equal("beita-2022", r.System);
        Assert.Equal(97m, r.PublishedTotal);
        Assert.Equal(93m, r.RecomputedTotal);
        var completion = Assert.Single(r.Differences, d => d.Indicator == "预算完成率");
        Assert.Equal((2m, 0m), (completion.Published, completion.Recomputed));
        Assert.Contains("135%", completion.Explanation, StringComparison.Ordinal);
        var balance = Assert.Single(r.Differences, d => d.Indicator == "资金结余");
        Assert.Equal((2m, 0m), (balance.Published, balance.Recomputed));
        Assert.Contains("超支", balance.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, r.Differences.Count);
    }

    [Fact]
    public void Recheck_Seed000_NoDifference()
    {
        var r = Assert.Single(Recheck("000"));
        Assert.Empty(r.Differences);
        Assert.Equal(98m, r.PublishedTotal);
        Assert.Equal(98m, r.RecomputedTotal);
    }

    [Fact]
    public void Recheck_Seed001_ScoresAgreeButTotalsDoNot()
    {
        var results = Recheck("001");
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Empty(r.Differences));
        Assert.Equal((98.78m, 99m), (results[0].PublishedTotal, results[0].RecomputedTotal));
        Assert.Equal((98.97m, 108.97m), (results[1].PublishedTotal, results[1].RecomputedTotal));
    }
}
