using Juesuan.Documents.Reading;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Checking;

/// <summary>The real Shanghai PDFs: a clean original, its copy with injected defects, and the blank template.</summary>
public class CorpusTests
{
    private static CheckReport Check(string name)
    {
        var read = DisclosureReader.Read(TestPaths.CorpusPdf(name));
        Assert.True(read.Succeeded, read.Failure?.ToString());
        return new Checker().Check(read.Disclosure!);
    }

    [Fact]
    public void Check_DefectsInjectedCopy_FindsEveryInjectedDefect()
    {
        var r = Check("shanghai-putuo-2024-caizhengju-defects-injected.pdf");
        Assert.Contains(r.Findings, f => f.Rule == "LO-PLACEHOLDER" && f.Message.Contains("XX局", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Rule == "LO-YEAR" && f.Message.Contains("2023年度部门决算", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Rule == "LO-YEAR" && f.Message.Contains("截至2023年12月31日", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Rule == "TX-AMOUNT" && f.Actual == 0m && f.Expected == 2995.39m);
        Assert.Contains(r.Findings, f => f.Rule == "TX-DIRECTION" && f.Message.Contains("决算数 1511.89万元", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Rule == "TX-DIRECTION" && f.Message.Contains("决算数 80.38万元", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Rule == "TX-DIRECTION" && f.Message.Contains("等于", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Rule == "C03");
        Assert.Contains(r.Findings, f => f.Rule == "LO-TYPO");
        Assert.All(r.Findings, f => Assert.True(f.Location.Page is not null || f.Rule.StartsWith('C'), f.ToString()));
    }

    [Fact]
    public void Check_DefectsInjectedCopy_MissingTableIsNotReadAsZero()
    {
        var r = Check("shanghai-putuo-2024-caizhengju-defects-injected.pdf");
        Assert.DoesNotContain(r.Findings, f => f.Rule is "X03" or "X04");
        Assert.Contains(r.NotChecked, n => n.Rule == "X03" && n.Reason.StartsWith("缺少支出决算表", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("shanghai-putuo-2024-caizhengju.pdf", "TX-AMOUNT,TX-SHARE")]
    [InlineData("shanghai-putuo-2024-guihuaziyuanju.pdf", "TX-AMOUNT")]
    [InlineData("shanghai-putuo-2024-shehuigongzuobu.pdf", "")]
    public void Check_PublishedOriginals_OnlyTheirRealErrors(string file, string rules)
    {
        // caizhengju prints 财政拨款收支总计 0.3 万元 (tables: 2961.68) and 71.73% for 2106.66 / 2940.05;
        // guihuaziyuanju's 人员经费 4896.98 differs from its own basic table (4884.09).
        var errors = Check(file).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(rules.Split(',', StringSplitOptions.RemoveEmptyEntries), errors);
    }

    [Fact]
    public void Check_BlankTemplate_ReportsPlaceholdersOncePerParagraph()
    {
        var r = Check("shanghai-2024-template.pdf");
        var placeholders = r.Findings.Where(f => f.Rule == "LO-PLACEHOLDER").ToList();
        Assert.True(placeholders.Count >= 20);
        Assert.Contains(placeholders, f => f.Message.Contains("等", StringComparison.Ordinal) && f.Message.EndsWith("处", StringComparison.Ordinal));
    }
}
