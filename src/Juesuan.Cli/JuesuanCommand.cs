using System.CommandLine;
using Juesuan.Cli.Parsing;

namespace Juesuan.Cli;

/// <summary>
/// The `juesuan` command line. Exit codes: 0 success, 1 problems found (check), 2 input or
/// usage failure. Usage errors are one line each on stderr, never a stack trace.
/// </summary>
public static class JuesuanCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when a file could not be read or the command line is wrong.</summary>
    public const int InputFailure = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("决算 Juesuan：读取、审核部门决算与绩效自评")
        {
            ParseCommand.Create(stdout, stderr),
            Checking.CheckCommand.Create(stdout, stderr),
            Checking.RulesCommand.Create(stdout, stderr),
            Scoring.ScoreCommand.Create(stdout, stderr),
            Rendering.TemplateCommand.Create(stdout, stderr),
            Rendering.RenderCommand.Create(stdout, stderr),
            Demo.DemoCommand.Create(stdout, stderr),
            Serving.ServeCommand.Create(stdout, stderr),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"juesuan: {error.Message}");
            }

            stderr.WriteLine("juesuan: 用法见 juesuan --help");
            return InputFailure;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
