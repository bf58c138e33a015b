using System.Text;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Domain.Diagnostics;
using Juesuan.Rules.Checking;

namespace Juesuan.Rules.Tests.Checking;

/// <summary>A report with nothing compared says so; it never looks like a clean pass.</summary>
public class NothingToCompareTests
{
    [Fact]
    public void Check_TextWithoutFigures_WarnsNothingCompared()
    {
        var read = DisclosureReader.Read("说明.txt", Encoding.UTF8.GetBytes("本部门2024年度决算说明。\n决算工作已按要求完成。\n"));
        Assert.True(read.Succeeded);
        var report = new Checker().Check(read.Disclosure!);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("CK-NOTHING", finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("没有可核对的数字", finding.Message);
        Assert.Equal(0, report.Passed);
    }

    [Fact]
    public void Check_CleanSample_HasNoNothingWarning()
    {
        var report = new Checker().Check(SampleDisclosure.Create());
        Assert.True(report.Passed > 0);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "CK-NOTHING");
    }
}
