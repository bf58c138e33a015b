using System.Text.Json;
using Juesuan.Cli.Checking;
using Juesuan.Cli.Tests.Parsing;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Tests.Shared;

namespace Juesuan.Cli.Tests.Checking;

public class CheckCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-check-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Clean()
    {
        var path = Path.Combine(dir, "clean.txt");
        File.WriteAllText(path, DisclosureFiles.ToText(SyntheticDisclosure.Generate(7)));
        return path;
    }

    [Fact]
    public void Check_Seed001_TextFormatIsCompilerStyleAndExitsOne()
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", TestPaths.Seed("001"));
        Assert.Equal(CheckCommand.ErrorsFound, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains($"{TestPaths.Seed("001")}:1615: error TX-RATE: 预算数 224.09万元、决算数 235.81万元，完成率应为 105.23%，文中为 100%", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CleanDocument_ExitsZero()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Clean());
        Assert.Equal(0, exit);
        Assert.DoesNotContain(" error ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_HasTheContractFields()
    {
        var (exit, stdout, _) = CliRunner.Run("check", TestPaths.Seed("001"), "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(TestPaths.Seed("001"), doc.GetProperty("path").GetString());
        var f = doc.GetProperty("findings").EnumerateArray().Single(x => x.GetProperty("rule").GetString() == "TX-RATE" && x.GetProperty("line").GetInt32() == 1615);
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal(105.23m, f.GetProperty("expected").GetDecimal());
        Assert.Equal(100m, f.GetProperty("actual").GetDecimal());
        Assert.Equal("line 1615", f.GetProperty("location").GetString());
        Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
        Assert.True(doc.GetProperty("notChecked").GetArrayLength() > 0);
        var placeholder = doc.GetProperty("findings").EnumerateArray().First(x => x.GetProperty("rule").GetString() == "LO-PLACEHOLDER");
        Assert.Equal(JsonValueKind.Null, placeholder.GetProperty("expected").ValueKind);
    }

    [Fact]
    public void Check_Folder_AuditsEveryReadableFileAndPrintsSummary()
    {
        Clean();
        File.Copy(TestPaths.Seed("000"), Path.Combine(dir, "000.txt"));
        File.WriteAllText(Path.Combine(dir, "notes.md"), "not a disclosure");
        var (exit, stdout, stderr) = CliRunner.Run("check", dir);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("错误  警告  提示  通过  未检查  文件", stdout, StringComparison.Ordinal);
        Assert.Contains("合计 2 个文件", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.md", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FolderWithProgress_DrawsABarOnAnInteractiveTerminal()
    {
        Clean();
        File.Copy(TestPaths.Seed("000"), Path.Combine(dir, "000.txt"));
        var stderr = new StringWriter();
        var exit = CheckCommand.Run([dir], new CheckOptions("text", null, [], Interactive: true), new StringWriter(), stderr);
        Assert.Equal(0, exit);
        Assert.Contains("2/2", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwoWithOneLine()
    {
        var missing = Path.Combine(dir, "nope.docx");
        var (exit, _, stderr) = CliRunner.Run("check", missing, Clean());
        Assert.Equal(2, exit);
        Assert.Equal($"{missing}: error JS0001: 文件不存在", stderr.Trim());
    }

    [Fact]
    public void Check_EmptyFolder_ExitsTwo()
    {
        var empty = Directory.CreateDirectory(Path.Combine(dir, "empty")).FullName;
        var (exit, _, stderr) = CliRunner.Run("check", empty);
        Assert.Equal(2, exit);
        Assert.Contains("JS0011", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UserRuleFile_AddsItsRule()
    {
        var rules = Path.Combine(dir, "mine.rules");
        File.WriteAllText(rules, "rule MY-01 warning \"三公经费决算不超过 1 万元\"\n  assert 三公表[合计].决算数 <= 1\n");
        var (exit, stdout, _) = CliRunner.Run("check", Clean(), "--rules", rules);
        Assert.Equal(0, exit);
        Assert.Contains("warning MY-01: 三公经费决算不超过 1 万元", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RuleFileWithSyntaxError_PointsAtFileLineColumnAndExitsTwo()
    {
        var rules = Path.Combine(dir, "bad.rules");
        File.WriteAllText(rules, "rule MY-01 error \"t\"\n  assert 三公表[合计].决算 <= 1\n");
        var (exit, stdout, stderr) = CliRunner.Run("check", Clean(), "--rules", rules);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"{rules}:2:18: error: 表“三公表”没有“决算”栏", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_XlsxWithoutOut_IsAUsageError()
    {
        var (exit, _, stderr) = CliRunner.Run("check", Clean(), "--format", "xlsx");
        Assert.Equal(2, exit);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_XlsxReport_HasSummaryFindingsAndNotCheckedSheets()
    {
        var output = Path.Combine(dir, "report.xlsx");
        var (exit, _, _) = CliRunner.Run("check", TestPaths.Seed("001"), "--format", "xlsx", "--out", output);
        Assert.Equal(1, exit);
        var layout = DisclosureReader.ReadLayout(output);
        var text = string.Join("\n", layout.Blocks.OfType<Juesuan.Documents.Layout.LayoutTable>().SelectMany(t => t.Rows).Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        Assert.Contains("文件|单位|年度|错误|警告|提示|通过|未检查", text, StringComparison.Ordinal);
        Assert.Contains("|错误|TX-RATE|1615|", text, StringComparison.Ordinal);
        Assert.Contains("|105.23|100", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HtmlReport_IsOneStandalonePage()
    {
        var output = Path.Combine(dir, "report.html");
        var (exit, stdout, _) = CliRunner.Run("check", TestPaths.Seed("001"), "--format", "html", "--out", output);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("完成率应为 105.23%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
    }
}

public class RulesCommandTests
{
    [Fact]
    public void Rules_ListsShippedAndBuiltInRulesWithTheirSource()
    {
        var (exit, stdout, _) = CliRunner.Run("rules");
        Assert.Equal(0, exit);
        Assert.Contains("T01-05   error   总表本年支出合计应等于各功能分类（类）支出之和  [final-accounts.tables.rules:", stdout, StringComparison.Ordinal);
        Assert.Contains("TX-RATE  error   完成率与预算数、决算数不符  [内置]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_MissingRuleFile_IsOneClearLine()
    {
        var (exit, _, stderr) = CliRunner.Run("rules", "--rules", "/no/such.rules");
        Assert.Equal(2, exit);
        Assert.Equal("/no/such.rules: error: 规则文件不存在", stderr.Trim());
    }
}

public class CheckJsonModelTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-model-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Check_TheParseJsonModel_FindsWhatTheOriginalDoes()
    {
        var (_, json, _) = CliRunner.Run("parse", TestPaths.Seed("001"), "--format", "json");
        var model = Path.Combine(dir, "001.json");
        File.WriteAllText(model, json);
        var (exit, stdout, stderr) = CliRunner.Run("check", model);
        Assert.Equal((1, string.Empty), (exit, stderr));
        // Lines belong to the text the model was parsed from, so findings name that file.
        Assert.Contains($"{TestPaths.Seed("001")}:1615: error TX-RATE:", stdout, StringComparison.Ordinal);
    }
}
