using System.CommandLine;
using Juesuan.Documents.Inputs;

namespace Juesuan.Cli.Rendering;

/// <summary><c>juesuan template --year YYYY --out FILE.xlsx [--from FILE]</c>: writes the input workbook to fill, optionally prefilled from a disclosure.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var year = new Option<int>("--year") { Description = "决算年度（科目表按该年度）", Required = true };
        var output = new Option<string>("--out") { Description = "录入表文件（.xlsx）", Required = true };
        var from = new Option<string?>("--from") { Description = "用已有的决算文件或 JSON 模型预填（表中数字、三公、绩效自评）" };
        var command = new Command("template", "生成决算录入表（.xlsx）：填好后用 juesuan render 生成全文") { year, output, from };
        command.SetAction(r => Run(r.GetValue(year), r.GetValue(output)!, r.GetValue(from), stdout, stderr));
        return command;
    }

    public static int Run(int year, string path, string? from, TextWriter stdout, TextWriter stderr)
    {
        Juesuan.Domain.Disclosures.Disclosure? source = null;
        if (from is not null)
        {
            var read = Juesuan.Documents.Reading.DisclosureReader.Read(from);
            if (!read.Succeeded)
            {
                stderr.WriteLine($"{from}: error {read.Failure!.Code}: {read.Failure.Message}");
                return JuesuanCommand.InputFailure;
            }

            source = read.Disclosure;
        }

        if (year is < 2000 or > 2100)
        {
            stderr.WriteLine($"juesuan: --year {year} 不是有效的年度（2000–2100）");
            return JuesuanCommand.InputFailure;
        }

        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"{path}: error: 录入表应保存为 .xlsx");
            return JuesuanCommand.InputFailure;
        }

        try
        {
            using var file = File.Create(path);
            InputWorkbookWriter.Write(year, file, source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{path}: error: 无法写入：{e.Message}");
            return JuesuanCommand.InputFailure;
        }

        stdout.WriteLine($"已写入 {year} 年度录入表 {path}；填好后运行 juesuan render {Path.GetFileName(path)} --out 输出文件夹");
        return JuesuanCommand.Ok;
    }
}
