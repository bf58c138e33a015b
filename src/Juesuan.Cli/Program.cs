namespace Juesuan.Cli;

/// <summary>The <c>juesuan</c> executable.</summary>
internal static class Program
{
    private static int Main(string[] args) => JuesuanCommand.Run(args, Console.Out, Console.Error);
}
