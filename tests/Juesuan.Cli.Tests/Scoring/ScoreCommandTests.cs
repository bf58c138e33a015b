using System.Text.Json;
using Juesuan.Cli.Tests.Parsing;
using Juesuan.Tests.Shared;

namespace Juesuan.Cli.Tests.Scoring;

public class ScoreCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-score-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Recheck_Seed003_Json_HasTheContractAndBothDifferences()
    {
        var (exit, stdout, stderr) = CliRunner.Run("score", "--recheck", TestPaths.Seed("003"), "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var e = json.RootElement.GetProperty("documents")[0].GetProperty("evaluations")[0];
        Assert.Equal(97m, e.GetProperty("publishedTotal").GetDecimal());
        Assert.Equal(93m, e.GetProperty("recomputedTotal").GetDecimal());
        var diffs = e.GetProperty("differences").EnumerateArray().ToList();
        Assert.Equal(["预算完成率", "资金结余"], diffs.Select(d => d.GetProperty("indicator").GetString()));
        Assert.All(diffs, d =>
        {
            Assert.Equal(2m, d.GetProperty("published").GetDecimal());
            Assert.Equal(0m, d.GetProperty("recomputed").GetDecimal());
            Assert.True(d.GetProperty("line").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(d.GetProperty("explanation").GetString()));
        });
    }

    [Fact]
    public void Recheck_Seed000_NoDifferenceExitsZero()
    {
        var (exit, stdout, _) = CliRunner.Run("score", "--recheck", TestPaths.Seed("000"));
        Assert.Equal(0, exit);
        Assert.Contains("公布总分 98，复核总分 98", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ListSystems_NamesEveryShippedSystemWithItsSource()
    {
        var (exit, stdout, _) = CliRunner.Run("score", "--list-systems");
        Assert.Equal(0, exit);
        foreach (var name in new[] { "national-project", "department-overall", "beita-2022" })
        {
            Assert.Contains(name, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("财预〔2020〕10号", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RubricWithInputs_ScoresEnteredIndicatorsAndGrades()
    {
        var inputs = Path.Combine(dir, "inputs.json");
        File.WriteAllText(inputs, """{"values": {"重点支出安排率": 85, "绩效考核等次": "优秀", "经济效益": "不适用"}, "scores": {"资金使用合规性": 13}}""");
        var (exit, stdout, _) = CliRunner.Run("score", TestPaths.Seed("003"), "--inputs", inputs, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("beita-2022", doc.GetProperty("system").GetString());
        var indicators = doc.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetString()!);
        Assert.Equal(1m, indicators["投入/预算配置/重点支出安排率"].GetProperty("score").GetDecimal());
        Assert.Equal(3m, indicators["产出/职责履行/工作质量"].GetProperty("score").GetDecimal());
        Assert.Equal(13m, indicators["过程/预算管理/资金使用合规性"].GetProperty("score").GetDecimal());
        Assert.Equal(0m, indicators["过程/预算执行/预算完成率"].GetProperty("score").GetDecimal());
        Assert.Contains("过程/绩效管理/目标管理", doc.GetProperty("unscored").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Score_SelfEvaluationForm_UsesTheDocumentsOwnIndicators()
    {
        var (exit, stdout, _) = CliRunner.Run("score", TestPaths.Seed("001"));
        Assert.Equal(0, exit);
        Assert.Contains("对全区机构编制工作进行督查  分值 10  得分 10  21 ÷ 10 × 10 = 21，超过分值按 10 计", stdout, StringComparison.Ordinal);
        Assert.Contains("总分 99，等级 优", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--system", "nope", "没有名为“nope”的指标体系")]
    [InlineData("--inputs", "/no/such.json", "无法读取录入文件：文件不存在")]
    public void Score_BadOption_IsOneClearLineAndExitTwo(string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("score", TestPaths.Seed("003"), option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InputsNotJson_IsOneClearLine()
    {
        var inputs = Path.Combine(dir, "bad.json");
        File.WriteAllText(inputs, "{ values: ");
        var (exit, _, stderr) = CliRunner.Run("score", TestPaths.Seed("003"), "--inputs", inputs);
        Assert.Equal(2, exit);
        Assert.StartsWith($"{inputs}: error: 录入文件格式不正确", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    public void Score_WordAndExcel_ReadBackAsATable(string format)
    {
        var output = Path.Combine(dir, "score." + format);
        var (exit, _, _) = CliRunner.Run("score", TestPaths.Seed("003"), "--format", format, "--out", output);
        Assert.Equal(0, exit);
        var layout = Juesuan.Documents.Reading.DisclosureReader.ReadLayout(output);
        var rows = layout.Blocks.OfType<Juesuan.Documents.Layout.LayoutTable>().SelectMany(t => t.Rows).Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        Assert.Contains(rows, r => r.StartsWith("指标|分值|得分|计算|依据", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("过程/预算执行/预算完成率|2|0|", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ExcelWithoutOut_IsAUsageError()
    {
        var (exit, _, stderr) = CliRunner.Run("score", TestPaths.Seed("003"), "--format", "xlsx");
        Assert.Equal(2, exit);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_YamlAndWorkbookInputs_GiveTheSameScores()
    {
        var yaml = Path.Combine(dir, "inputs.yaml");
        File.WriteAllText(yaml, "evidence: 考核通报\nvalues:\n  重点支出安排率: 85\n  绩效考核等次: 优秀\nscores:\n  资金使用合规性: 13\n");
        var xlsx = Path.Combine(dir, "inputs.xlsx");
        var layout = new Juesuan.Documents.Layout.LayoutDocument(xlsx, "layout", [new Juesuan.Documents.Layout.LayoutTable(
            [
                Row("名称", "值", "得分", "依据"),
                Row("重点支出安排率", "85%", "", "考核通报"),
                Row("绩效考核等次", "优秀", "", "考核通报"),
                Row("资金使用合规性", "", "13", "审计报告"),
            ], new Juesuan.Domain.Diagnostics.SourceLocation())], []);
        using (var f = File.Create(xlsx))
        {
            Juesuan.Documents.Writing.DisclosureFiles.WriteXlsx(layout, f);
        }

        var (exitYaml, yamlOut, yamlErr) = CliRunner.Run("score", TestPaths.Seed("003"), "--inputs", yaml, "--format", "json");
        var (exitXlsx, xlsxOut, xlsxErr) = CliRunner.Run("score", TestPaths.Seed("003"), "--inputs", xlsx, "--format", "json");
        Assert.Equal((0, 0), (exitYaml, exitXlsx));
        Assert.Equal(string.Empty, yamlErr + xlsxErr);
        decimal Total(string json) => JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("total").GetDecimal();
        Assert.Equal(Total(yamlOut), Total(xlsxOut));
        Assert.Contains("考核通报", yamlOut, StringComparison.Ordinal);
    }

    private static Juesuan.Documents.Layout.LayoutRow Row(params string[] cells) =>
        new([.. cells.Select(c => new Juesuan.Documents.Layout.LayoutCell(c, new Juesuan.Domain.Diagnostics.SourceLocation()))], new Juesuan.Domain.Diagnostics.SourceLocation());

    [Fact]
    public void Score_WithPrior_ComputesYearOnYearChanges()
    {
        var now = Juesuan.Documents.Samples.SampleDisclosure.Create(2024);
        var prior = Juesuan.Documents.Samples.SampleDisclosure.Build(Juesuan.Documents.Samples.SyntheticDisclosure.Spec(5, 2023) with { Reception = (4.00m, 1.00m), CarRunning = (8.00m, 6.00m) });
        var nowPath = Path.Combine(dir, "2024.txt");
        var priorPath = Path.Combine(dir, "2023.txt");
        File.WriteAllText(nowPath, Juesuan.Documents.Writing.DisclosureFiles.ToText(now));
        File.WriteAllText(priorPath, Juesuan.Documents.Writing.DisclosureFiles.ToText(prior));
        var (exit, stdout, stderr) = CliRunner.Run("score", nowPath, "--system", "beita-2022", "--prior", priorPath, "--format", "json");
        Assert.Equal((0, string.Empty), (exit, stderr));
        var indicators = JsonDocument.Parse(stdout).RootElement.GetProperty("documents")[0].GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("indicator").GetString()!);
        // 三公 9.46 against 7.00 last year: +35.14%, 3 − 35.14 × 0.3 < 0 → 0; 公务接待费 2.26 against 1.00: +126% → 0.
        Assert.Equal(0m, indicators["投入/预算配置/“三公经费”变动率"].GetProperty("score").GetDecimal());
        Assert.Contains("35.14%", indicators["投入/预算配置/“三公经费”变动率"].GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal(0m, indicators["投入/预算配置/公务招待费变动率"].GetProperty("score").GetDecimal());
    }

    [Fact]
    public void Score_PriorThatCannotBeRead_ExitsTwo()
    {
        var (exit, _, stderr) = CliRunner.Run("score", TestPaths.Seed("003"), "--prior", Path.Combine(dir, "missing.docx"));
        Assert.Equal(2, exit);
        Assert.Contains("JS0001", stderr, StringComparison.Ordinal);
    }
}
