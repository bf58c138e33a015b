using System.Diagnostics;
using System.Globalization;
using System.Text;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Bench;

/// <summary>
/// The <c>check</c> mode: one thread, warm, medians of N runs of (1) the rule files on a parsed
/// document, (2) every check on a parsed document, (3) a whole <c>check</c> of a file (read from
/// disk + audit), with GNU grep scanning the same file for template leftovers as the named peer;
/// then the recall and false-alarm figures on synthetic documents with injected defects.
/// Markdown on stdout.
/// </summary>
internal static class CheckHarness
{
    private const double RulesTargetMs = 1;
    private const double CheckTargetMs = 20;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var iterations = 50;
        var synthetic = 100;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, Inv, out var n) && n > 0:
                    iterations = n;
                    i++;
                    break;
                case "--documents" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, Inv, out var d) && d > 0:
                    synthetic = d;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine("usage: check [--iterations N] [--documents N]");
                    return 2;
            }
        }

#if DEBUG
        Console.Error.WriteLine("warning: Debug build; timings are meaningless. Use -c Release.");
#endif
        var temp = Directory.CreateTempSubdirectory("juesuan-bench-check-").FullName;
        try
        {
            var md = new StringBuilder();
            var met = Timings(md, iterations, temp);
            met &= Scoring(md, iterations);
            Recall(md, synthetic);
            Console.Out.Write(md.ToString());
            return met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static bool Timings(StringBuilder md, int iterations, string temp)
    {
        var files = BenchInputs.SeedNames().Select(n => Path.Combine(BenchInputs.SeedFolder, n)).ToList();
        for (var seed = 1; seed <= 2; seed++)
        {
            var path = Path.Combine(temp, string.Create(Inv, $"synthetic-{seed}.txt"));
            File.WriteAllText(path, DisclosureFiles.ToText(SyntheticDisclosure.Generate(seed)));
            files.Add(path);
        }

        files.AddRange(BenchInputs.PdfNames().Select(n => Path.Combine(BenchInputs.PdfFolder, n)));
        var checker = new Checker();
        var rules = RuleSet.Default.Rules;
        var warm = TimeSpan.FromSeconds(1);
        var allMet = true;
        md.AppendLine(string.Create(Inv, $"Median of {iterations} warm runs on one thread; rule evaluation (the rule files) ≤ {RulesTargetMs} ms per parsed document, whole `check` of a text file ≤ {CheckTargetMs} ms; all checks on the model shown for information. Peer: GNU grep scanning the same file for template leftovers (`grep -nE 'XX|……|××'`, one process per run)."));
        md.AppendLine();
        md.AppendLine("| document | rule files (ms) | all checks on the model (ms) | allocated by the checks (MB) | read + check (ms) | grep peer (ms) | findings | targets |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var path in files)
        {
            Console.Error.WriteLine("check: " + Path.GetFileName(path));
            var read = DisclosureReader.Read(path);
            if (!read.Succeeded)
            {
                throw new InvalidOperationException(path + " did not parse: " + read.Failure);
            }

            var d = read.Disclosure!;
            var ruleStats = Timing.Measure(() => EvaluateRules(d, rules), iterations, 20, warm);
            var allStats = Timing.Measure(() => checker.Check(d), iterations, 20, warm);
            var wholeStats = Timing.Measure(() => checker.Check(DisclosureReader.Read(path).Disclosure!), Math.Max(5, iterations / (path.EndsWith(".pdf", StringComparison.Ordinal) ? 5 : 1)), 5, warm);
            var grep = Grep(path, Math.Min(iterations, 20));
            var isText = path.EndsWith(".txt", StringComparison.Ordinal);
            var met = ruleStats.MedianMs <= RulesTargetMs && (!isText || wholeStats.MedianMs <= CheckTargetMs);
            allMet &= met;
            md.AppendLine(string.Create(Inv, $"| {Path.GetFileName(path)} | {ruleStats.MedianMs:F3} | {allStats.MedianMs:F3} | {allStats.AllocatedMbPerRun:F2} | {wholeStats.MedianMs:F2} | {(grep is { } g ? g.ToString("F2", Inv) : "n/a")} | {checker.Check(d).Findings.Count} | {(met ? "met" : "MISSED")}{(isText ? string.Empty : " (rules only; PDF read time is the parse benchmark's)")} |"));
        }

        md.AppendLine();
        return allMet;
    }

    /// <summary>Scoring one evaluation (target ≤ 0.1 ms): the rubric of seed 003 under its system, a form expanded with seed 001's indicators, and a whole recheck.</summary>
    private static bool Scoring(StringBuilder md, int iterations)
    {
        const double target = 0.1;
        var rubricDoc = DisclosureReader.Read(Path.Combine(BenchInputs.SeedFolder, BenchInputs.SeedNames().First(n => n.StartsWith("003", StringComparison.Ordinal)))).Disclosure!;
        var formDoc = DisclosureReader.Read(Path.Combine(BenchInputs.SeedFolder, BenchInputs.SeedNames().First(n => n.StartsWith("001", StringComparison.Ordinal)))).Disclosure!;
        var rubricSystem = Juesuan.Rules.Scoring.IndicatorSystems.Find("beita-2022")!;
        var rubricValues = Juesuan.Rules.Scoring.DocumentMetrics.Compute(rubricDoc);
        var form = formDoc.Evaluations[0];
        var (formSystem, published) = Juesuan.Rules.Scoring.FormExpansion.Expand(Juesuan.Rules.Scoring.IndicatorSystems.Find("department-overall")!, form);
        var formValues = new Dictionary<string, Juesuan.Rules.Scoring.IndicatorValue>(Juesuan.Rules.Scoring.DocumentMetrics.Compute(formDoc), StringComparer.Ordinal);
        foreach (var (k, v) in Juesuan.Rules.Scoring.FormExpansion.Actuals(form))
        {
            formValues.TryAdd(k, v);
        }

        var warm = TimeSpan.FromSeconds(1);
        var cases = new (string Name, Func<object?> Run, bool Timed)[]
        {
            ("seed 003 rubric under beita-2022 (26 indicators)", () => Juesuan.Rules.Scoring.Scorer.Score(rubricSystem, rubricValues), true),
            ("seed 001 整体支出自评表 under department-overall (10 indicators)", () => Juesuan.Rules.Scoring.Scorer.Score(formSystem, formValues, null, published), true),
            ("seed 003 whole recheck (metrics from the text + scoring)", () => Juesuan.Rules.Scoring.Rechecker.Recheck(rubricDoc), false),
        };
        md.AppendLine(string.Create(Inv, $"Scoring one evaluation (target ≤ {target} ms; median of {iterations} warm runs, one thread):"));
        md.AppendLine();
        md.AppendLine("| case | median (ms) | p90 (ms) | allocated (MB) | target |");
        md.AppendLine("|---|---:|---:|---:|---|");
        var met = true;
        foreach (var (name, run, timed) in cases)
        {
            var stats = Timing.Measure(run, iterations, 50, warm);
            var ok = !timed || stats.MedianMs <= target;
            met &= ok;
            md.AppendLine(string.Create(Inv, $"| {name} | {stats.MedianMs:F4} | {stats.P90Ms:F4} | {stats.AllocatedMbPerRun:F3} | {(timed ? (ok ? "met" : "MISSED") : "informative")} |"));
        }

        md.AppendLine();
        return met;
    }

    private static int EvaluateRules(Disclosure d, IReadOnlyList<Juesuan.Rules.Binding.CompiledRule> rules)
    {
        var evaluator = new RuleEvaluator(d);
        var n = 0;
        foreach (var rule in rules)
        {
            foreach (var outcome in evaluator.Evaluate(rule))
            {
                n += (int)outcome.Status;
            }
        }

        return n;
    }

    private static double? Grep(string path, int runs)
    {
        if (path.EndsWith(".pdf", StringComparison.Ordinal) || !File.Exists("/usr/bin/grep") && !File.Exists("/bin/grep"))
        {
            return null;
        }

        var times = new List<double>();
        for (var i = 0; i < runs + 3; i++)
        {
            var psi = new ProcessStartInfo("grep", ["-nE", "XX|……|××", path]) { RedirectStandardOutput = true, UseShellExecute = false };
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (i >= 3)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        return Timing.Median(times);
    }

    private static void Recall(StringBuilder md, int documents)
    {
        Console.Error.WriteLine(string.Create(Inv, $"recall: {documents} synthetic documents"));
        var checker = new Checker();
        var clean = 0;
        var alarms = 0;
        var alarmDocs = 0;
        for (var seed = 1; seed <= documents; seed++)
        {
            var report = checker.Check(RoundTrip(SyntheticDisclosure.Generate(seed)));
            clean++;
            var n = report.Findings.Count(f => f.Severity != Severity.Info);
            alarms += n;
            alarmDocs += n > 0 ? 1 : 0;
        }

        md.AppendLine(string.Create(Inv, $"Recall on {documents} synthetic disclosures (random items from the catalog, random 三公, prior-year and budget figures; written as Word text and read back), one defect injected per document and kind; found = a finding with one of the rules meant for it."));
        md.AppendLine();
        md.AppendLine("| defect | injected | found | recall |");
        md.AppendLine("|---|---:|---:|---:|");
        int total = 0, found = 0;
        foreach (var kind in Enum.GetValues<DefectKind>())
        {
            int k = 0, f = 0;
            for (var seed = 1; seed <= documents; seed++)
            {
                if (DefectInjector.Inject(SyntheticDisclosure.Generate(seed), kind, seed) is not { } defect)
                {
                    continue;
                }

                k++;
                var report = checker.Check(RoundTrip(defect.Document));
                f += report.Findings.Any(x => defect.Rules.Contains(x.Rule)) ? 1 : 0;
            }

            total += k;
            found += f;
            md.AppendLine(string.Create(Inv, $"| {kind} | {k} | {f} | {(k == 0 ? 0 : 100.0 * f / k):F1}% |"));
        }

        md.AppendLine(string.Create(Inv, $"| **all** | {total} | {found} | **{100.0 * found / total:F2}%** |"));
        md.AppendLine();
        md.AppendLine(string.Create(Inv, $"False alarms on the {clean} clean documents: {alarms} error/warning findings in {alarmDocs} documents."));
    }

    private static Disclosure RoundTrip(Disclosure d)
    {
        var read = DisclosureReader.Read("synthetic.txt", Encoding.UTF8.GetBytes(DisclosureFiles.ToText(d)));
        return read.Disclosure ?? throw new InvalidOperationException("synthetic document did not read back: " + read.Failure);
    }
}
