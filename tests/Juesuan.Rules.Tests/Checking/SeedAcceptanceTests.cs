using Juesuan.Documents.Reading;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Checking;

public class SeedAcceptanceTests
{
    private static readonly Dictionary<string, CheckReport> Cache = [];

    private static CheckReport Check(string seed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var report))
            {
                var read = DisclosureReader.Read(TestPaths.Seed(seed));
                Assert.True(read.Succeeded, read.Failure?.ToString());
                Cache[seed] = report = new Checker().Check(read.Disclosure!);
            }

            return report;
        }
    }

    [Fact]
    public void Check_Seed001_PercentPrintedAsHundred_ReportsExpectedRate()
    {
        var f = Assert.Single(Check("001").Findings, f => f.Location.Line == 1615 && f.Rule == "TX-RATE");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(105.23m, f.Expected);
        Assert.Equal(100m, f.Actual);
        Assert.Equal("预算数 224.09万元、决算数 235.81万元，完成率应为 105.23%，文中为 100%", f.Message);
    }

    [Theory]
    [InlineData(1640, "XX%")]
    [InlineData(1644, "一是……")]
    public void Check_Seed001_TemplateLeftovers_AreFound(int line, string text)
    {
        Assert.Contains(Check("001").Findings, f => f.Location.Line == line && f.Rule == "LO-PLACEHOLDER" && f.Message.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Seed001_SummaryClassesOffByRounding_IsInfoNotError()
    {
        var report = Check("001");
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("T01", StringComparison.Ordinal));
        var info = Assert.Single(report.Findings, f => f.Rule == "RD-ROUNDING" && f.Message.StartsWith("总表", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal(235.81m, info.Actual);
        Assert.Equal(235.80m, info.Expected);
    }

    [Fact]
    public void Check_Seed001_RoundingGaps_AtMostOneInfoPerTable()
    {
        var gaps = Check("001").Findings.Where(f => f.Rule == "RD-ROUNDING").Select(f => f.Message.Split('有')[0]).ToList();
        Assert.Equal(gaps.Distinct().Count(), gaps.Count);
    }

    [Theory]
    [InlineData(1613, "TX-AMOUNT", "文中一般公共服务支出（201）为 235.81万元，表中为 203.08 万元")]
    [InlineData(1631, "TX-CHANGE", "本年 54.97万元、比上年决算数增减少62.33万元，推出上年 117.30 万元，变动率应为 53.14%，文中“降低11.8%”")]
    [InlineData(1631, "LO-CHOICE", "模板选择项“比上年决算数增减少62.33”未按实际删改")]
    [InlineData(1979, "SE-TOTAL", "总分为 98.78，各项得分之和为 99.00")]
    [InlineData(1838, "SE-WEIGHT", "产出指标分值为 50，所属指标分值之和为 40")]
    [InlineData(2191, "SE-TOTAL", "总分为 98.97，各项得分之和为 108.97")]
    public void Check_Seed001_OtherRealErrors(int line, string rule, string message)
    {
        Assert.Contains(Check("001").Findings, f => f.Location.Line == line && f.Rule == rule && f.Message == message);
    }

    [Fact]
    public void Check_Seed000_HasNoErrorLevelFinding()
    {
        Assert.DoesNotContain(Check("000").Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Check_Seed004_UnitSlipBreakdownOverParentAndWrongTotal()
    {
        var report = Check("004");
        Assert.Contains(report.Findings, f => f.Location.Line == 1339 && f.Rule == "TX-UNIT");
        Assert.Contains(report.Findings, f => f.Location.Line == 1326 && f.Rule == "SE-BREAKDOWN");

        // "收到财政资金205.83万元，年初结转结余1万元，合计215.83万元": 205.83 + 1 is 206.83.
        var sum = Assert.Single(report.Findings, f => f.Rule == "TX-SUM");
        Assert.Equal((1322, 206.83m, 215.83m), (sum.Location.Line, sum.Expected, sum.Actual));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void Check_EverySeed_NotCheckedIsReportedNotPassed(string seed)
    {
        var report = Check(seed);
        Assert.True(report.Passed > 0);
        Assert.All(report.NotChecked, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason)));
        Assert.All(report.Findings, f => Assert.NotNull(f.Location.Line));
    }
}
