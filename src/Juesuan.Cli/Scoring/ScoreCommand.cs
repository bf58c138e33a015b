using System.CommandLine;
using System.Globalization;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Rules.Scoring;

namespace Juesuan.Cli.Scoring;

/// <summary>
/// <c>juesuan score FILE [--system NAME] [--prior FILE] [--inputs FILE] [--format text|json]</c>,
/// <c>juesuan score --list-systems</c> and <c>juesuan score --recheck FILE</c>.
/// Exit 0 on success (a recheck with differences exits 1), 2 for input or usage failures.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "要评分（或复核）的文件" };
        var system = new Option<string?>("--system") { Description = "指标体系（见 --list-systems）；默认按文件内容选择" };
        var prior = new Option<string?>("--prior") { Description = "上年的决算文件（计算变动率）" };
        var inputs = new Option<string?>("--inputs") { Description = "录入值与得分（JSON、YAML 或 .xlsx）" };
        var format = new Option<string>("--format") { Description = "输出格式：text、json、xlsx 或 docx（后两者需 --out）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "xlsx", "docx");
        var output = new Option<string?>("--out") { Description = "输出文件（xlsx、docx 必须指定）" };
        var list = new Option<bool>("--list-systems") { Description = "列出内置指标体系" };
        var recheck = new Option<bool>("--recheck") { Description = "按文件自身的评分规则复核其中每个自评表和评分表" };
        var command = new Command("score", "绩效评分：按指标体系计分；复核已公布的自评得分") { file, system, prior, inputs, format, output, list, recheck };
        command.SetAction(r => Run(r.GetValue(file), r.GetValue(system), r.GetValue(prior), r.GetValue(inputs), new Output(r.GetValue(format)!, r.GetValue(output)), r.GetValue(list), r.GetValue(recheck), stdout, stderr));
        return command;
    }

    public static int Run(string? file, string? systemName, string? priorFile, string? inputsFile, Output output, bool list, bool recheck, TextWriter stdout, TextWriter stderr)
    {
        var format = output.Format;
        if (format is "xlsx" or "docx" && output.Path is null)
        {
            stderr.WriteLine($"juesuan: --format {format} 需要用 --out 指定输出文件");
            return JuesuanCommand.InputFailure;
        }

        if (list)
        {
            foreach (var s in IndicatorSystems.All)
            {
                stdout.WriteLine($"{s.Name,-20} {s.Title}（{s.Leaves().Count()} 项指标）");
                stdout.WriteLine($"{string.Empty,-20} 来源：{s.Source}");
            }

            return JuesuanCommand.Ok;
        }

        if (file is null)
        {
            stderr.WriteLine("juesuan: score 需要一个文件（或 --list-systems）");
            return JuesuanCommand.InputFailure;
        }

        var document = Read(file, stderr);
        var priorDocument = priorFile is null ? null : Read(priorFile, stderr);
        if (document is null || (priorFile is not null && priorDocument is null))
        {
            return JuesuanCommand.InputFailure;
        }

        if (recheck)
        {
            var results = Rechecker.Recheck(document, priorDocument);
            if (format == "json")
            {
                stdout.WriteLine(ScoreJsonWriter.Rechecks([(file, results)]));
            }
            else if (format is "xlsx" or "docx")
            {
                if (!output.Write(ScoreLayout.Recheck(file, results), stderr))
                {
                    return JuesuanCommand.InputFailure;
                }
            }
            else
            {
                ScoreTextWriter.WriteRecheck(file, results, stdout);
            }

            return results.Any(r => r.Differences.Count > 0 || (r.PublishedTotal is { } p && p != r.RecomputedTotal)) ? 1 : JuesuanCommand.Ok;
        }

        var system = systemName is null ? Choose(document) : IndicatorSystems.Find(systemName);
        if (system is null)
        {
            stderr.WriteLine($"juesuan: 没有名为“{systemName}”的指标体系（可用：{string.Join("、", IndicatorSystems.All.Select(s => s.Name))}）");
            return JuesuanCommand.InputFailure;
        }

        var values = new Dictionary<string, IndicatorValue>(DocumentMetrics.Compute(document, priorDocument), StringComparer.Ordinal);
        Dictionary<string, decimal>? scores = null;
        if (inputsFile is not null)
        {
            if (ScoreInputs.Read(inputsFile, stderr) is not { } entered)
            {
                return JuesuanCommand.InputFailure;
            }

            foreach (var (k, v) in entered.Values)
            {
                values[k] = v;
            }

            scores = entered.Scores;
        }

        IReadOnlyDictionary<string, decimal>? published = null;
        var form = document.Evaluations.FirstOrDefault(e => e.Kind is EvaluationKind.DepartmentSelfEvaluation or EvaluationKind.ProjectSelfEvaluation);
        if (form is not null && system.Name is "department-overall" or "national-project")
        {
            (system, published) = FormExpansion.Expand(system, form);
            foreach (var (k, v) in FormExpansion.Actuals(form))
            {
                values.TryAdd(k, v);
            }
        }

        var score = Scorer.Score(system, values, scores, published);
        if (format == "json")
        {
            stdout.WriteLine(ScoreJsonWriter.Scores([(file, score)]));
        }
        else if (format is "xlsx" or "docx")
        {
            return output.Write(ScoreLayout.Score(file, score), stderr) ? JuesuanCommand.Ok : JuesuanCommand.InputFailure;
        }
        else
        {
            ScoreTextWriter.WriteScore(file, score, stdout);
        }

        return JuesuanCommand.Ok;
    }

    /// <summary>The system a document's own evaluation follows: a matching rubric, else the department or project form.</summary>
    private static IndicatorSystem Choose(Disclosure d)
    {
        var rubric = d.Evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.Rubric);
        if (rubric is not null && IndicatorSystems.All.FirstOrDefault(s => rubric.Indicators.Count(i => s.Leaves().Any(l => l.Leaf.Matches(i.Name))) * 2 > rubric.Indicators.Count) is { } matched)
        {
            return matched;
        }

        return IndicatorSystems.Find(d.Evaluations.Any(e => e.Kind == EvaluationKind.ProjectSelfEvaluation) && !d.Evaluations.Any(e => e.Kind == EvaluationKind.DepartmentSelfEvaluation) ? "national-project" : "department-overall")!;
    }

    private static Disclosure? Read(string path, TextWriter stderr)
    {
        var read = DisclosureReader.Read(path);
        if (!read.Succeeded)
        {
            stderr.WriteLine($"{path}: error {read.Failure!.Code}: {read.Failure.Message}");
        }

        return read.Disclosure;
    }
}

/// <summary>Output format and file of <c>score</c>.</summary>
/// <param name="Format">text, json, xlsx or docx.</param>
/// <param name="Path">Output file for xlsx and docx.</param>
internal sealed record Output(string Format, string? Path)
{
    /// <summary>Writes a layout as .xlsx or .docx to <see cref="Path"/>; false (with a message) when the file cannot be written.</summary>
    public bool Write(Documents.Layout.LayoutDocument layout, TextWriter stderr)
    {
        try
        {
            using var file = File.Create(Path!);
            if (Format == "xlsx")
            {
                Documents.Writing.DisclosureFiles.WriteXlsx(layout, file);
            }
            else
            {
                Documents.Writing.DisclosureFiles.WriteDocx(layout, file);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Path}: error: 无法写入输出文件：{e.Message}");
            return false;
        }
    }
}

/// <summary>Readable output of <c>score</c>.</summary>
internal static class ScoreTextWriter
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void WriteScore(string path, SystemScore s, TextWriter o)
    {
        o.WriteLine($"{path}: {s.System.Title}");
        foreach (var i in s.Indicators)
        {
            var score = i.Score is { } v ? v.ToString("0.##", C) : "—";
            o.WriteLine($"  {i.Path}  分值 {i.Weight.ToString("0.##", C)}  得分 {score}  {i.Explanation}{(i.Evidence is null ? string.Empty : "；" + i.Evidence)}");
        }

        o.WriteLine(string.Create(C, $"  总分 {s.Total:0.##}{(s.Grade is null ? $"（{s.Unscored.Count()} 项未评分，需录入）" : $"，等级 {s.Grade}")}"));
    }

    public static void WriteRecheck(string path, IReadOnlyList<RecheckResult> results, TextWriter o)
    {
        if (results.Count == 0)
        {
            o.WriteLine($"{path}: 没有找到自评表或评分表");
        }

        foreach (var r in results)
        {
            o.WriteLine(string.Create(C, $"{path}: {r.Title}（{r.System ?? "无匹配的指标体系"}）公布总分 {r.PublishedTotal?.ToString("0.##", C) ?? "—"}，复核总分 {r.RecomputedTotal:0.##}"));
            foreach (var d in r.Differences)
            {
                o.WriteLine(string.Create(C, $"{d.Location}: 得分不符 {d.Indicator}: 公布 {d.Published:0.##}，按其规则应为 {d.Recomputed:0.##}。{d.Explanation}"));
            }
        }
    }
}
