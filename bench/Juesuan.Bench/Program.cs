using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Juesuan.Bench;

// `quick` is the parse harness with peers, `check` the audit harness (timings, recall),
// `render` the writing harness (python-docx as peer, PDF conversion timed apart),
// `profile FILE` a rough per-check breakdown; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "quick")
{
    return QuickHarness.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "profile")
{
    CheckProfile.Run(args[1]);
    return 0;
}

if (args.Length > 0 && args[0] == "check")
{
    return CheckHarness.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "render")
{
    return RenderHarness.Run(args[1..]);
}

return RunBenchmarkDotNet(args);

static int RunBenchmarkDotNet(string[] args)
{
    // `--run short|medium|long|dry|default` picks the job (short unless told): the 17 cases
    // take about 5 minutes as a ShortRun on 2 cores, many times that with the default job.
    var rest = new List<string>();
    var run = "short";
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] == "--run" && i + 1 < args.Length)
        {
            run = args[++i];
        }
        else
        {
            rest.Add(args[i]);
        }
    }

    // Results go under bench/ (ignored by git) rather than wherever the command was started;
    // document names are longer than BenchmarkDotNet's default 20-character parameter column.
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .WithArtifactsPath(Path.Combine(BenchInputs.RepoRoot(), "bench", "BenchmarkDotNet.Artifacts"))
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(60));

    // A `--job` given to BenchmarkDotNet itself replaces ours rather than adding to it.
    if (!rest.Contains("--job", StringComparer.Ordinal) && !rest.Contains("-j", StringComparer.Ordinal))
    {
        var job = run switch
        {
            // More warm-up than ShortRun's 3: the PDF path runs several times slower until
            // tiered JIT has promoted it, which takes tens of parses (see QuickHarness.WarmUp).
            "short" => Job.ShortRun.WithWarmupCount(20),
            "medium" => Job.MediumRun,
            "long" => Job.LongRun,
            "dry" => Job.Dry,
            "default" => Job.Default,
            _ => throw new ArgumentException("--run takes short, medium, long, dry or default, not " + run),
        };

        // Not pinned with WithAffinity: a runtime that starts on one CPU makes tiered JIT wait
        // ten times longer. The benchmarks are single-threaded either way.
        config.AddJob(job.WithId(run));
    }

    // Without a filter BenchmarkSwitcher asks on stdin, which run.sh and CI do not have.
    if (!rest.Contains("--filter", StringComparer.Ordinal) && !rest.Contains("-f", StringComparer.Ordinal))
    {
        rest.AddRange(["--filter", "*"]);
    }

    var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run([.. rest], config);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
