using System.CommandLine;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Reports;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Language;
using Juesuan.Rules.Reporting;

namespace Juesuan.Cli.Checking;

/// <summary>
/// <c>juesuan check FILE|DIR... [--format text|json|html|xlsx] [--out FILE] [--rules FILE]...</c>:
/// audits every figure. Exit 0 no error, 1 errors found, 2 input or usage failure.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Exit code when error-level findings exist.</summary>
    public const int ErrorsFound = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "要审核的文件或文件夹（文件夹内的 .txt、.docx、.xlsx、.pdf 全部审核）" };
        var format = new Option<string>("--format") { Description = "输出格式：text（编译器风格）、json、html（给人看的报告）、xlsx（给财务人员的工作簿）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html", "xlsx");
        var output = new Option<string?>("--out") { Description = "输出文件（xlsx 必须指定；其他格式默认输出到标准输出）" };
        var rules = new Option<string[]>("--rules") { Description = "追加的规则文件（可多次指定；与内置规则同编号时替换内置规则）", AllowMultipleArgumentsPerToken = false };
        var verbose = new Option<bool>("--verbose") { Description = "text 格式下在每条问题后列出计算过程" };
        var command = new Command("check", "审核部门决算与绩效自评：表内、表间、文字与表格、自评表算术、模板残留") { paths, format, output, rules, verbose };
        command.SetAction(result => Run(
            result.GetValue(paths)!,
            new CheckOptions(result.GetValue(format)!, result.GetValue(output), result.GetValue(rules) ?? [], result.GetValue(verbose)),
            stdout,
            stderr));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Format == "xlsx" && options.Output is null)
        {
            stderr.WriteLine("juesuan: --format xlsx 需要用 --out 指定输出文件");
            return JuesuanCommand.InputFailure;
        }

        var ruleSet = LoadRules(options.Rules, stderr);
        if (ruleSet is null)
        {
            return JuesuanCommand.InputFailure;
        }

        var emptyFolders = paths.Where(CheckInputs.IsEmptyFolder).ToList();
        foreach (var empty in emptyFolders)
        {
            var d = Domain.Diagnostics.DiagnosticCodes.NoInputFiles(empty);
            stderr.WriteLine($"{empty}: error {d.Code}: {d.Message}");
        }

        var files = CheckInputs.Expand(paths);
        var checker = new Checker(ruleSet);
        var reports = new CheckReport[files.Count];
        var progress = new ProgressBar(stderr, files.Count, options.Interactive ?? !Console.IsErrorRedirected);
        Parallel.For(0, files.Count, i =>
        {
            reports[i] = Audit(checker, files[i]);
            progress.Advance(files[i]);
        });

        foreach (var failed in reports.Where(r => r.InputFailure is not null))
        {
            stderr.WriteLine($"{failed.Path}: error {failed.InputFailure!.Code}: {failed.InputFailure.Message}");
        }

        if (!Write(reports, options, stdout, stderr))
        {
            return JuesuanCommand.InputFailure;
        }

        if (reports.Any(r => r.InputFailure is not null) || emptyFolders.Count > 0)
        {
            return JuesuanCommand.InputFailure;
        }

        return reports.Any(r => r.HasErrors) ? ErrorsFound : JuesuanCommand.Ok;
    }

    /// <summary>Reads and audits one file; an unreadable file becomes a report with its input failure.</summary>
    public static CheckReport Audit(Checker checker, string path)
    {
        var read = DisclosureReader.Read(path);
        return read.Succeeded
            ? checker.Check(read.Disclosure!)
            : new CheckReport { Path = path, InputFailure = read.Failure };
    }

    private static RuleSet? LoadRules(IReadOnlyList<string> files, TextWriter stderr)
    {
        if (files.Count == 0)
        {
            return RuleSet.Default;
        }

        return RulesCommand.Load(files, stderr);
    }

    private static bool Write(IReadOnlyList<CheckReport> reports, CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            switch (options.Format)
            {
                case "json":
                    Emit(CheckJsonWriter.ToJson(reports), options, stdout);
                    break;
                case "html":
                    Emit(CheckHtmlWriter.ToHtml(reports), options, stdout);
                    break;
                case "xlsx":
                    using (var file = File.Create(options.Output!))
                    {
                        CheckWorkbookWriter.Write(reports, file);
                    }

                    break;
                default:
                    var text = new StringWriter();
                    foreach (var r in reports.Where(r => r.InputFailure is null))
                    {
                        CheckTextWriter.WriteFindings(r, text, options.Verbose);
                    }

                    if (reports.Count > 1)
                    {
                        CheckTextWriter.WriteSummary(reports, text);
                    }

                    Emit(text.ToString(), options, stdout);
                    break;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{options.Output}: error: 无法写入输出文件：{e.Message}");
            return false;
        }
    }

    private static void Emit(string content, CheckOptions options, TextWriter stdout)
    {
        if (options.Output is { } path)
        {
            File.WriteAllText(path, content);
        }
        else
        {
            stdout.Write(content);
            if (!content.EndsWith('\n'))
            {
                stdout.WriteLine();
            }
        }
    }
}

/// <summary>Options of <c>check</c>.</summary>
/// <param name="Format">text, json, html or xlsx.</param>
/// <param name="Output">Output file, or null for stdout.</param>
/// <param name="Rules">Extra rule files.</param>
/// <param name="Verbose">Print computations under text findings.</param>
/// <param name="Interactive">Draw the progress bar; null means "when stderr is a terminal".</param>
internal sealed record CheckOptions(string Format, string? Output, IReadOnlyList<string> Rules, bool Verbose = false, bool? Interactive = null);
