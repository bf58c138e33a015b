using System.CommandLine;
using Juesuan.Cli.Parsing;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;

namespace Juesuan.Cli.Demo;

/// <summary>
/// `juesuan demo [--out DIR]`: writes the project's sample disclosure as .txt, .docx and .xlsx,
/// reads each back and prints what was read, so a newcomer sees the whole pipeline in one go.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out")
        {
            Description = "示例文件写入的文件夹",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "juesuan-demo"),
        };
        var command = new Command("demo", "生成一个示例部门决算（.txt/.docx/.xlsx）并读取它") { output };
        command.SetAction(result => Run(result.GetValue(output)!, stdout, stderr));
        return command;
    }

    public static int Run(string folder, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{folder}: error JS0002: 无法创建文件夹：{e.Message}");
            return JuesuanCommand.InputFailure;
        }

        var sample = SampleDisclosure.Create();
        var files = DisclosureFiles.WriteAll(sample, folder, "sample");
        stdout.WriteLine($"示例文件已写入 {folder}：");
        foreach (var f in files)
        {
            stdout.WriteLine($"  {f}");
        }

        stdout.WriteLine();
        var code = ParseCommand.Run([files[0]], "text", stdout, stderr);
        foreach (var f in files.Skip(1))
        {
            var back = DisclosureReader.Read(f);
            var tables = back.Disclosure?.Tables.Count ?? 0;
            stdout.WriteLine(back.Succeeded ? $"{Path.GetFileName(f)}：读回 {tables} 张表、{back.Disclosure!.Evaluations.Count} 个绩效评价" : $"{f}: {back.Failure}");
            code = back.Succeeded ? code : JuesuanCommand.InputFailure;
        }

        return code;
    }
}
