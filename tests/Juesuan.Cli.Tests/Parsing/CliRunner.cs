namespace Juesuan.Cli.Tests.Parsing;

/// <summary>Runs the command line in-process and captures its streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = JuesuanCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
