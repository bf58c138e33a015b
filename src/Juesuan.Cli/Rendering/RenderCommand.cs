using System.CommandLine;
using System.Text.RegularExpressions;
using Juesuan.Documents.Inputs;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Documents.Writing.Rendering;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Scoring;

namespace Juesuan.Cli.Rendering;

/// <summary>
/// <c>juesuan render INPUT --out DIR [--formats docx,xlsx,pdf,html,json] [--name NAME]</c>:
/// writes the whole disclosure from figures. INPUT is a filled input workbook
/// (<c>juesuan template</c>), a JSON model (<c>parse --format json</c>) or any disclosure
/// Juesuan reads; its tables are kept, its self-evaluation is scored by the Score engine
/// (<see cref="AttachmentScoring"/>), and the text is written from them.
/// Exit 0 when written, 2 for input or usage failures. What the preparer must still supply
/// is listed on stderr.
/// </summary>
internal static partial class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "录入表（.xlsx）、JSON 模型或已有的决算文件" };
        var output = new Option<string>("--out") { Description = "输出文件夹", Required = true };
        var formats = new Option<string>("--formats") { Description = "输出格式，逗号分隔：docx,xlsx,pdf,html,json（默认全部）", DefaultValueFactory = _ => "docx,xlsx,pdf,html,json" };
        var name = new Option<string?>("--name") { Description = "输出文件名（不含扩展名）；默认取输入文件名" };
        var command = new Command("render", "由数据生成完整的部门决算公开文本（.docx/.xlsx/.pdf/.html/.json）") { input, output, formats, name };
        command.SetAction(r => Run(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(formats)!, r.GetValue(name), stdout, stderr));
        return command;
    }

    public static int Run(string input, string folder, string formatList, string? name, TextWriter stdout, TextWriter stderr)
    {
        if (RenderFormats.Parse(formatList, out var unknown) is not { } formats)
        {
            stderr.WriteLine($"juesuan: 未知的输出格式“{unknown ?? formatList}”（可用：docx、xlsx、pdf、html、json）");
            return JuesuanCommand.InputFailure;
        }

        if (Load(input, stderr) is not var (figures, inputs))
        {
            return JuesuanCommand.InputFailure;
        }

        var (scoredFigures, changes, summary) = AttachmentScoring.Score(figures);
        var composed = DisclosureComposer.Compose(scoredFigures, inputs);
        name ??= Path.GetFileNameWithoutExtension(input);
        IReadOnlyList<string> files;
        string? error;
        try
        {
            (files, error) = DisclosureRenderer.Render(composed, folder, name, formats);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{folder}: error: 无法写入输出：{e.Message}");
            return JuesuanCommand.InputFailure;
        }

        foreach (var f in files)
        {
            stdout.WriteLine(f);
        }

        foreach (var change in changes)
        {
            stderr.WriteLine($"{input}: warning: {change}");
        }

        if (summary is not null)
        {
            stderr.WriteLine($"{input}: {summary}");
        }

        var missing = composed.Narrative.SelectMany(n => Missing().Matches(n.Text)).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            stderr.WriteLine($"{input}: warning: 文中有 {missing.Count} 处待补充（已标为【待补充：…】）：{string.Join("、", missing)}");
        }

        if (error is not null)
        {
            stderr.WriteLine($"{input}: error: {error}");
            return JuesuanCommand.InputFailure;
        }

        SelfCheck(files, stderr);
        return JuesuanCommand.Ok;
    }

    /// <summary>Audits what was written (read back from the first .docx, .xlsx or .json) and prints the tally.</summary>
    private static void SelfCheck(IReadOnlyList<string> files, TextWriter stderr)
    {
        var written = files.FirstOrDefault(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal))
            ?? files.FirstOrDefault(f => f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".datapackage.json", StringComparison.Ordinal));
        if (written is null || DisclosureReader.Read(written) is not { Succeeded: true } read)
        {
            return;
        }

        var report = new Juesuan.Rules.Checking.Checker().Check(read.Disclosure!);
        var errors = report.Count(Juesuan.Domain.Diagnostics.Severity.Error);
        var warnings = report.Count(Juesuan.Domain.Diagnostics.Severity.Warning);
        stderr.WriteLine(errors + warnings == 0
            ? $"{written}: 审核通过，没有错误和警告"
            : $"{written}: 审核发现 {errors} 个错误、{warnings} 个警告（详见 juesuan check {Path.GetFileName(written)}）");
    }

    private static (Disclosure Figures, ExplanationInputs Inputs)? Load(string input, TextWriter stderr)
    {
        if (InputWorkbookReader.TryRead(input) is { } workbook)
        {
            foreach (var d in workbook.Diagnostics)
            {
                stderr.WriteLine($"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
            }

            return workbook.Figures is { } f ? (f, workbook.Inputs) : null;
        }

        var read = DisclosureReader.Read(input);
        if (!read.Succeeded)
        {
            stderr.WriteLine($"{input}: error {read.Failure!.Code}: {read.Failure.Message}");
            return null;
        }

        if (!read.Disclosure!.Tables.Any(t => t.Kind.PublicLabel() is not null))
        {
            stderr.WriteLine($"{input}: error: 文件中没有部门决算表（公开01–09表），无法生成");
            return null;
        }

        return (read.Disclosure, new ExplanationInputs());
    }

    [GeneratedRegex("【待补充：([^】]*)】")]
    private static partial Regex Missing();
}
