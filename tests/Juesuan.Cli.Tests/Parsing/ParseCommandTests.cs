using System.Text.Json;
using Juesuan.Tests.Shared;

namespace Juesuan.Cli.Tests.Parsing;

public class ParseCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Parse_SeedAsJson_HasTheContractFields()
    {
        var (exit, stdout, stderr) = CliRunner.Run("parse", TestPaths.Seed("001"), "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("中共株洲市渌口区委机构编制委员会办公室", doc.GetProperty("department").GetString());
        Assert.Equal(2024, doc.GetProperty("year").GetInt32());
        var income = doc.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("title").GetString() == "收入决算表");
        Assert.Equal("万元", income.GetProperty("unit").GetString());
        var row = income.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "2080505");
        Assert.Equal(16.9m, row.GetProperty("values").GetProperty("本年收入合计").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("values").GetProperty("事业收入").ValueKind);
        Assert.Equal(434, row.GetProperty("line").GetInt32());
        Assert.Equal(436, row.GetProperty("cells").GetProperty("本年收入合计").GetProperty("line").GetInt32());
        var evaluation = doc.GetProperty("evaluations")[0];
        Assert.Equal(98.78m, evaluation.GetProperty("total").GetDecimal());
        Assert.True(evaluation.TryGetProperty("grade", out _));
        Assert.True(evaluation.TryGetProperty("fund", out var fund) && fund.GetProperty("initialBudget").GetDecimal() == 224.09m);
        var indicator = evaluation.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("name").GetString() == "开展机构编制调研工作");
        foreach (var field in new[] { "level1", "level2", "name", "target", "actual", "weight", "score", "line" })
        {
            Assert.True(indicator.TryGetProperty(field, out _), field);
        }

        var sentence = doc.GetProperty("narrative").EnumerateArray().Single(n => n.GetProperty("text").GetString()!.Contains("完成年初预算的100%", StringComparison.Ordinal));
        Assert.Equal(1615, sentence.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("diagnostics").ValueKind);
    }

    [Fact]
    public void Parse_Json_TitleIsStandardNameAndPrintedTitleIsKept()
    {
        var (_, stdout, _) = CliRunner.Run("parse", TestPaths.Seed("004"), "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var table = json.RootElement.GetProperty("documents")[0].GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("title").GetString() == "支出决算表");
        Assert.Equal("部门支出决算表", table.GetProperty("printedTitle").GetString());
        var total = table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "合计");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("code").ValueKind);
        Assert.Equal(16.61m, total.GetProperty("values").GetProperty("项目支出").GetDecimal());
    }

    [Fact]
    public void Parse_AmountsKeepPrintedPrecisionInJson()
    {
        var (_, stdout, _) = CliRunner.Run("parse", TestPaths.Seed("000"), "--format", "json");
        Assert.Contains("\"2023年预算数\": 18.10", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingFileAmongGoodOnes_ReportsItAndGoesOn()
    {
        var missing = Path.Combine(dir, "没有这个文件.txt");
        var (exit, stdout, stderr) = CliRunner.Run("parse", missing, TestPaths.Seed("004"), "--format", "json");
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"{missing}: error JS0001: 文件不存在", line);
        using var json = JsonDocument.Parse(stdout);
        var docs = json.RootElement.GetProperty("documents");
        Assert.Equal(2, docs.GetArrayLength());
        Assert.Equal("JS0001", docs[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("中共蓝山县委机构编制委员会办公室", docs[1].GetProperty("department").GetString());
    }

    [Theory]
    [InlineData("random.bin", new byte[] { 0, 1, 2, 3, 0xFF, 0xFE, 0, 7, 8 }, "JS0004")]
    [InlineData("broken.docx", new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3 }, "JS0006")]
    [InlineData("broken.xlsx", new byte[] { (byte)'P', (byte)'K', 3, 4, 9, 9 }, "JS0006")]
    [InlineData("broken.pdf", new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' }, "JS0006")]
    [InlineData("empty.txt", new byte[0], "JS0007")]
    [InlineData("gbk.txt", new byte[] { 0xC4, 0xE3, 0xBA, 0xC3 }, "JS0007")]
    public void Parse_BadInput_OneLineNamingTheFileAndExit2(string name, byte[] bytes, string code)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        var (exit, _, stderr) = CliRunner.Run("parse", path);
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}: error {code}: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLayout_DirectoryAndCorruptFile_AreInputFailuresWithoutStackTrace()
    {
        var broken = Path.Combine(dir, "broken.pdf");
        File.WriteAllBytes(broken, "%PDF-1"u8.ToArray());
        var (exit, stdout, stderr) = CliRunner.Run("parse", "--format", "layout", dir, broken, TestPaths.Seed("003"));
        Assert.Equal(2, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([$"{dir}: error JS0002: 无法读取文件：这是一个文件夹", $"{broken}: error JS0006: 文件已损坏，不是有效的 PDF 文件"], lines);
        Assert.Contains("完成率>1，不得分", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Directory_IsAnInputFailure()
    {
        var (exit, _, stderr) = CliRunner.Run("parse", dir);
        Assert.Equal(2, exit);
        Assert.Contains("JS0002", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "x.txt", "--format", "xml")]
    [InlineData("nosuchcommand")]
    public void UsageError_Exit2WithoutStackTrace(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("juesuan: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextFormat_ShowsTablesAndEvaluations()
    {
        var (exit, stdout, _) = CliRunner.Run("parse", TestPaths.Seed("003"));
        Assert.Equal(0, exit);
        Assert.Contains("评价 绩效评价指标体系：总分 97", stdout, StringComparison.Ordinal);
        Assert.Contains("预算执行/预算完成率  分值 2  得分 2", stdout, StringComparison.Ordinal);
    }
}
