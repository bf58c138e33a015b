using System.CommandLine;
using Juesuan.Cli.Parsing;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;

namespace Juesuan.Cli.Demo;

/// <summary>
/// `juesuan demo [--out DIR]`: writes the project's sample disclosure as .txt, .docx and .xlsx,
/// reads each back, writes a copy with typical defects and audits both, then fills the input
/// workbook with the sample's figures and renders the whole disclosure from it, so a newcomer
/// sees the whole pipeline — read, check, write — in one go.
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
        var command = new Command("demo", "生成一个示例部门决算（.txt/.docx/.xlsx），读取并审核它") { output };
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

        var defective = Path.Combine(folder, "sample-with-defects.txt");
        File.WriteAllText(defective, DisclosureFiles.ToText(WithDefects(sample)));
        stdout.WriteLine();
        stdout.WriteLine($"审核（juesuan check）：干净的示例与注入了典型错误的 {Path.GetFileName(defective)}");
        var check = Checking.CheckCommand.Run([files[0], defective], new Checking.CheckOptions("text", null, [], Interactive: false), stdout, stderr);

        // Write: the sample's figures in the input workbook, then the whole document from it.
        var workbook = Path.Combine(folder, "sample-input.xlsx");
        using (var file = File.Create(workbook))
        {
            Documents.Inputs.InputWorkbookWriter.Write(sample.Year!.Value, file, sample, SampleInputs.Create());
        }

        stdout.WriteLine();
        stdout.WriteLine($"生成（juesuan render）：由录入表 {Path.GetFileName(workbook)} 生成全文");
        var formats = Documents.Writing.Rendering.PdfConverter.Program is null ? "docx,xlsx,html,json" : "docx,xlsx,pdf,html,json";
        var render = Rendering.RenderCommand.Run(workbook, Path.Combine(folder, "rendered"), formats, "sample-disclosure", stdout, stdout);
        code = render == JuesuanCommand.Ok ? code : render;
        return check == JuesuanCommand.InputFailure ? check : code;
    }

    /// <summary>The sample with a few errors people really make: a wrong rate, a placeholder, a line that does not add up, a score total.</summary>
    private static Domain.Disclosures.Disclosure WithDefects(Domain.Disclosures.Disclosure sample)
    {
        var d = sample;
        foreach (var kind in new[] { DefectKind.TextRate, DefectKind.Placeholder, DefectKind.ItemLine, DefectKind.TotalScore })
        {
            d = DefectInjector.Inject(d, kind, seed: 3)?.Document ?? d;
        }

        return d;
    }
}
