using ClosedXML.Excel;
using Juesuan.Cli.Tests.Parsing;
using Juesuan.Tests.Shared;

namespace Juesuan.Cli.Tests.Rendering;

/// <summary>The <c>template</c> and <c>render</c> contracts: files written, exit codes, messages.</summary>
public class RenderCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-render-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Template_ThenRender_WritesAllFiveFormatsAndListsWhatIsMissing()
    {
        var workbook = Path.Combine(dir, "录入表.xlsx");
        var (exit, stdout, stderr) = CliRunner.Run("template", "--year", "2024", "--out", workbook, "--from", TestPaths.Seed("004"));
        Assert.Equal(0, exit);
        Assert.Contains("2024 年度录入表", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);

        var output = Path.Combine(dir, "out");
        (exit, stdout, stderr) = CliRunner.Run("render", workbook, "--out", output);
        Assert.Equal(0, exit);
        Assert.Equal(
            ["录入表.docx", "录入表.xlsx", "录入表.pdf", "录入表.html", "录入表.json", "录入表.csv", "录入表.datapackage.json"],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Path.GetFileName));
        Assert.Contains("处待补充", stderr, StringComparison.Ordinal);
        Assert.Contains("上年收支总计", stderr, StringComparison.Ordinal);

        // What is missing is an error for check: a document with 【待补充】 is not ready to publish.
        (exit, stdout, _) = CliRunner.Run("check", Path.Combine(output, "录入表.docx"));
        Assert.Equal(1, exit);
        Assert.Contains("LO-PLACEHOLDER", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Seed_SelectedFormatsOnly()
    {
        var (exit, stdout, _) = CliRunner.Run("render", TestPaths.Seed("001"), "--out", dir, "--formats", "html,json", "--name", "s");
        Assert.Equal(0, exit);
        Assert.Equal(["s.csv", "s.datapackage.json", "s.html", "s.json"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        Assert.Contains("s.html", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx,odt", "未知的输出格式“odt”")]
    [InlineData(",", "未知的输出格式“,”")]
    public void Render_UnknownFormat_ExitsTwo(string formats, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("render", TestPaths.Seed("001"), "--out", dir, "--formats", formats);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SelfEvaluationReport_HasNoTablesToRender()
    {
        var (exit, _, stderr) = CliRunner.Run("render", TestPaths.Seed("000"), "--out", dir);
        Assert.Equal(2, exit);
        Assert.Contains("没有部门决算表", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void Render_MissingInput_ExitsTwo()
    {
        var (exit, _, stderr) = CliRunner.Run("render", Path.Combine(dir, "nope.xlsx"), "--out", dir);
        Assert.Equal(2, exit);
        Assert.Contains("nope.xlsx", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WorkbookWithBadCell_NamesSheetAndCellAndWritesNothing()
    {
        var workbook = Path.Combine(dir, "bad.xlsx");
        Assert.Equal(0, CliRunner.Run("template", "--year", "2024", "--out", workbook).Exit);
        using (var wb = new XLWorkbook(workbook))
        {
            wb.Worksheet("支出决算表").Cell(5, 1).SetValue("2018888");
            wb.Save();
        }

        var output = Path.Combine(dir, "out");
        var (exit, _, stderr) = CliRunner.Run("render", workbook, "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("支出决算表!A5", stderr, StringComparison.Ordinal);
        Assert.Contains("error JS0014: 科目编码 2018888 不在 2024 年政府收支分类科目中", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("1999", "out.xlsx", "不是有效的年度")]
    [InlineData("2024", "out.docx", "录入表应保存为 .xlsx")]
    public void Template_BadArguments_ExitTwo(string year, string file, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("template", "--year", year, "--out", Path.Combine(dir, file));
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SelfEvaluation_IsScoredByTheEngine()
    {
        var workbook = Path.Combine(dir, "perf.xlsx");
        Assert.Equal(0, CliRunner.Run("template", "--year", "2024", "--out", workbook, "--from", TestPaths.Seed("004")).Exit);
        using (var wb = new XLWorkbook(workbook))
        {
            var ws = wb.Worksheet("绩效自评");
            object[][] rows =
            [
                ["产出指标", "数量指标", "完成核查单位数", 40m, "20个", "16个", 40m, ""],   // above its rule: 16 ÷ 20 × 40 = 32
                ["产出指标", "时效指标", "按时完成", 20m, "100%", "100%", "", ""],           // blank: the rule gives 20
                ["效益指标", "社会效益指标", "服务质量", 30m, "良好", "良好", 27m, ""],       // qualitative: kept
                ["满意度指标", "服务对象满意度指标", "满意度", 10m, "≥90%", "95%", 9m, ""], // below its rule: kept
            ];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = ws.Cell(3 + r, c + 1);
                    switch (rows[r][c])
                    {
                        case decimal d: cell.SetValue(d); break;
                        case string t when t.Length > 0: cell.SetValue(t); break;
                    }
                }
            }

            wb.Save();
        }

        var (exit, _, stderr) = CliRunner.Run("render", workbook, "--out", dir, "--formats", "json");
        Assert.Equal(0, exit);
        Assert.Contains("完成核查单位数：录入得分 40，按规则应为 32", stderr, StringComparison.Ordinal);
        Assert.Contains("按时完成：按规则计分 20", stderr, StringComparison.Ordinal);
        Assert.Contains("总分 88，等次“良”", stderr, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "perf.json")));
        var evaluation = json.RootElement.GetProperty("documents")[0].GetProperty("evaluations").EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "DepartmentSelfEvaluation");
        Assert.Equal(88m, evaluation.GetProperty("total").GetDecimal());
        Assert.Equal([32m, 20m, 27m, 9m], evaluation.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("score").GetDecimal()));
    }

    [Fact]
    public void Render_JsonModelFromParse_GivesTheSameTablesBack()
    {
        var (exit, json, _) = CliRunner.Run("parse", TestPaths.Seed("004"), "--format", "json");
        Assert.Equal(0, exit);
        var model = Path.Combine(dir, "model.json");
        File.WriteAllText(model, json);
        Assert.Equal(0, CliRunner.Run("render", model, "--out", dir, "--formats", "docx", "--name", "from-json").Exit);

        static string Tables(string stdout)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(stdout);
            return string.Join("\n", doc.RootElement.GetProperty("documents")[0].GetProperty("tables").EnumerateArray()
                .SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r => $"{t.GetProperty("kind")} {r.GetProperty("code")} {r.GetProperty("name")} {r.GetProperty("values")}")));
        }

        var (_, back, _) = CliRunner.Run("parse", Path.Combine(dir, "from-json.docx"), "--format", "json");
        Assert.Contains("一般公共服务支出", Tables(json), StringComparison.Ordinal);
        Assert.Equal(Tables(json), Tables(back));
    }
}
