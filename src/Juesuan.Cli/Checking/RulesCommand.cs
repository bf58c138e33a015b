using System.CommandLine;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Language;

namespace Juesuan.Cli.Checking;

/// <summary>
/// <c>juesuan rules [--rules FILE]...</c>: lists the shipped rules, the checks written in code,
/// and any user rule files — which are compiled, so this also checks a rule file's syntax.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = new Option<string[]>("--rules") { Description = "要一并列出（并检查语法）的规则文件" };
        var command = new Command("rules", "列出审核规则；检查自定义规则文件的语法") { rules };
        command.SetAction(result => Run(result.GetValue(rules) ?? [], stdout, stderr));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var set = Load(files, stderr);
        if (set is null)
        {
            return JuesuanCommand.InputFailure;
        }

        foreach (var rule in set.Rules)
        {
            stdout.WriteLine($"{rule.Id,-8} {rule.Severity.ToString().ToLowerInvariant(),-7} {rule.Title}  [{rule.File}:{rule.Line}]");
        }

        foreach (var rule in BuiltInRules.All)
        {
            stdout.WriteLine($"{rule.Id,-8} {rule.Severity.ToString().ToLowerInvariant(),-7} {rule.Title}  [内置]");
        }

        return JuesuanCommand.Ok;
    }

    /// <summary>The shipped rules plus the user's files; null (errors on stderr as file:line:column) when a file cannot be read or compiled.</summary>
    public static RuleSet? Load(IReadOnlyList<string> files, TextWriter stderr)
    {
        if (files.Count == 0)
        {
            return RuleSet.Default;
        }

        var texts = new List<(string, string)>();
        foreach (var file in files)
        {
            try
            {
                texts.Add((file, File.ReadAllText(file)));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                stderr.WriteLine($"{file}: error: 规则文件不存在");
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{file}: error: 无法读取规则文件：{e.Message}");
                return null;
            }
        }

        var errors = new List<RuleFileError>();
        var set = RuleSet.Default.With(texts, errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error.ToString());
        }

        return set;
    }
}
