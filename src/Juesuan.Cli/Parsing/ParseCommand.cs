using System.CommandLine;
using Juesuan.Documents.Json;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Cli.Parsing;

/// <summary>`juesuan parse FILE... [--format text|json]`: reads disclosures into the model and prints it.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "要读取的文件（.txt、.docx、.xlsx、.pdf）",
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：text、json，或 layout（读取器看到的段落与表格行，供排查）",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "layout");
        var command = new Command("parse", "读取部门决算、绩效自评文件，输出结构化内容") { files, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, stdout, stderr));
        return command;
    }

    /// <summary>Reads every file (in parallel, output in the given order) and prints the results.</summary>
    public static int Run(IReadOnlyList<string> paths, string format, TextWriter stdout, TextWriter stderr)
    {
        if (format == "layout")
        {
            return RunLayout(paths, stdout, stderr);
        }

        var results = new ReadResult[paths.Count];
        Parallel.For(0, paths.Count, i => results[i] = DisclosureReader.Read(paths[i]));
        foreach (var failed in results.Where(r => !r.Succeeded))
        {
            stderr.WriteLine($"{failed.Path}: error {failed.Failure!.Code}: {failed.Failure.Message}");
        }

        if (format == "json")
        {
            stdout.Write(DisclosureJsonWriter.ToJson(results));
            stdout.WriteLine();
        }
        else
        {
            foreach (var result in results.Where(r => r.Succeeded))
            {
                DisclosureTextWriter.Write(result.Disclosure!, stdout);
            }
        }

        return results.All(r => r.Succeeded) ? JuesuanCommand.Ok : JuesuanCommand.InputFailure;
    }

    private static int RunLayout(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var ok = true;
        foreach (var path in paths)
        {
            var layout = DisclosureReader.ReadLayout(path);
            if (layout.Diagnostics.FirstOrDefault(DiagnosticCodes.IsInputFailure) is { } failure)
            {
                stderr.WriteLine($"{path}: error {failure.Code}: {failure.Message}");
                ok = false;
                continue;
            }

            LayoutTextWriter.Write(layout, stdout);
        }

        return ok ? JuesuanCommand.Ok : JuesuanCommand.InputFailure;
    }
}
