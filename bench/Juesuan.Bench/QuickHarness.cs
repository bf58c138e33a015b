using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Juesuan.Documents.Interpretation;
using Juesuan.Documents.Reading;

namespace Juesuan.Bench;

/// <summary>
/// The quick mode: one thread, warm, N timed parses per document (Stopwatch wall time and the
/// thread's CPU time), the peers timed in the same run, and a markdown report on stdout
/// (progress goes to stderr). A few minutes, where a BenchmarkDotNet ShortRun of every case
/// takes over ten.
/// </summary>
internal static class QuickHarness
{
    private const double TextDocxTargetMs = 5;
    private const double PdfTargetMs = 200;
    private const int PdfTargetPages = 30;
    private const int WarmupRounds = 3;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var iterations = 25;
        var pin = true;
        var split = true;
        var peersOn = true;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, Inv, out var n) && n > 0:
                    iterations = n;
                    i++;
                    break;
                case "--no-pin":
                    pin = false;
                    break;
                case "--no-split":
                    split = false;
                    break;
                case "--no-peers":
                    peersOn = false;
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                default:
                    Console.Error.WriteLine("usage: quick [--iterations N] [--only NAME-PART] [--no-peers] [--no-split] [--no-pin]");
                    return 2;
            }
        }

#if DEBUG
        Console.Error.WriteLine("warning: Debug build; timings are meaningless. Use -c Release.");
#endif
        if (pin && Environment.ProcessorCount > 1 && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            // One core, as the targets say. On Linux this pins the calling thread, which is the
            // one that parses and the one that forks the peers (children inherit it). The whole
            // process is not started under taskset: a runtime that starts with one CPU makes
            // tiered JIT wait ten times longer, so the warm state would take minutes to reach.
            using var self = Process.GetCurrentProcess();
            self.ProcessorAffinity = 1;
        }
        else
        {
            pin = false;
        }

        var temp = Directory.CreateTempSubdirectory("juesuan-bench-").FullName;
        try
        {
            return Measure(new Options(iterations, split, peersOn, only, pin), temp);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static int Measure(Options options, string temp)
    {
        var loadBefore = LoadAverage();
        var seeds = BenchInputs.Seeds();
        var inputs = seeds
            .Concat(BenchInputs.Derived(seeds, "docx", temp))
            .Concat(BenchInputs.Derived(seeds, "xlsx", temp))
            .Concat(BenchInputs.Pdfs())
            .Where(i => options.Only is null || i.Name.Contains(options.Only, StringComparison.Ordinal))
            .ToList();
        var iterations = options.Iterations;

        // The first parse of each document in this fresh process, before any warm-up: what a
        // one-shot command pays. The first document of each format also pays that format's JIT.
        var cold = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(DisclosureReader.Read(input.Name, input.Bytes));
            cold[input.Name] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var warmup = WarmUp(inputs);
        var rows = new List<Row>();
        foreach (var input in inputs)
        {
            Console.Error.WriteLine($"juesuan  {input.Format,-4} {input.Name}");
            var check = DisclosureReader.Read(input.Name, input.Bytes);
            var stats = check.Succeeded
                ? Timing.Measure(() => DisclosureReader.Read(input.Name, input.Bytes), iterations, 5, TimeSpan.FromSeconds(1))
                : null;
            rows.Add(new Row(input, stats, cold[input.Name], check.Succeeded ? null : check.Failure?.ToString() ?? "read failed"));
        }

        // With --no-peers the peers are reported exactly like missing ones: "not available".
        var pdftotextVersion = options.Peers ? Peers.PdfToTextVersion() : null;
        var pythonDocxVersion = options.Peers ? Peers.PythonDocxVersion() : null;
        Console.Error.WriteLine("peers    process launch, pdftotext, python-docx");
        var launch = options.Peers ? Peers.ProcessLaunch(iterations) : null;
        var peers = new Dictionary<string, PeerResult>(StringComparer.Ordinal);
        foreach (var pdf in inputs.Where(i => i.Format == "pdf"))
        {
            peers[pdf.Name] = Peers.PdfToTextRun(pdf.Path, iterations, pdftotextVersion is not null);
        }

        var docx = inputs.Where(i => i.Format == "docx").ToList();
        var python = Peers.PythonDocxRun(docx.Select(d => d.Path).ToList(), iterations, pythonDocxVersion is not null);
        foreach (var d in docx)
        {
            peers[d.Name] = python[d.Path];
        }

        var splits = new List<Split>();
        if (options.Split)
        {
            foreach (var row in rows.Where(r => r.Stats is not null))
            {
                Console.Error.WriteLine($"split    {row.Input.Format,-4} {row.Input.Name}");
                var input = row.Input;
                var layoutStats = Timing.Measure(() => DisclosureReader.ReadLayout(input.Name, input.Bytes), iterations, 5, TimeSpan.FromSeconds(1));
                // A fresh layout for every run, read outside the timed region: interpreting the
                // same layout object again and again could profit from anything it caches.
                var interpretStats = Timing.MeasureEach(
                    () => DisclosureReader.ReadLayout(input.Name, input.Bytes), DisclosureInterpreter.Interpret, iterations, 5, TimeSpan.FromSeconds(1));
                var library = LibraryBaseline.For(input) is { } baseline ? Timing.Measure(baseline, iterations, 5, TimeSpan.FromSeconds(1)) : null;
                splits.Add(new Split(input, layoutStats, interpretStats, library));
            }
        }

        var context = new RunContext(iterations, options.Pinned, warmup, pdftotextVersion, pythonDocxVersion, loadBefore, LoadAverage());
        Console.Out.Write(Report(rows, peers, launch, splits, context));
        return 0;
    }

    /// <summary>
    /// Parses every input in rounds, with a pause after each, until two rounds in a row leave
    /// the JIT next to nothing to compile. Tiered compilation promotes hot code to optimized
    /// code only after a pause in new-code activity; this parser's code base is large enough
    /// that a fixed handful of runs leaves PDF parsing several times slower than its steady
    /// state (measured here: the first rounds of a 23-page PDF take 120-170 ms, the settled ones 30 ms).
    /// </summary>
    private static string WarmUp(IReadOnlyList<BenchInput> inputs)
    {
        const int maxRounds = 60;
        const int quietMethods = 3;
        var quietRounds = 0;
        var round = 0;
        long compiled = 0;
        while (round < maxRounds && quietRounds < 2)
        {
            round++;
            var before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
            foreach (var input in inputs)
            {
                GC.KeepAlive(DisclosureReader.Read(input.Name, input.Bytes));
            }

            Thread.Sleep(300);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - before;
            quietRounds = compiled <= quietMethods ? quietRounds + 1 : 0;
            Console.Error.WriteLine($"warm-up  round {round}: {compiled} methods compiled");
        }

        return quietRounds >= 2
            ? $"{round} rounds over all inputs, until two rounds in a row compiled at most {quietMethods} methods"
            : $"{maxRounds} rounds over all inputs; the JIT was still compiling ({compiled} methods in the last round)";
    }

    private static string Report(List<Row> rows, Dictionary<string, PeerResult> peers, Stats? launch, List<Split> splits, RunContext run)
    {
        var sb = new StringBuilder();
        void Line(string s = "") => sb.Append(s).Append('\n');

        Line(string.Create(Inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {CpuModel()}, {MachineCores()} cores, {(run.Pinned ? "parsing thread pinned to CPU 0" : "not pinned")}; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}."));
        Line($"Peers: {run.PdfToTextVersion ?? "pdftotext not available"}; python-docx {run.PythonDocxVersion ?? "not available"} (python-docx version, Python version).");
        Line($"Warm-up: {run.WarmUp}; then each document again for at least 5 runs and 1 s before its timed runs.");
        Line(string.Create(Inv, $"Each figure is over {run.Iterations} timed runs after warm-up, one thread, input bytes already in memory: wall-time median and p90 (Stopwatch), and the median CPU time of the parsing thread (of the child process for pdftotext, of the Python process for python-docx). Targets are judged on the wall-time median."));
        Line($"Load average (1, 5, 15 min) before the run {run.LoadBefore}, after it {run.LoadAfter}: other work on the machine stretches wall times, Juesuan's and the peers' alike; CPU times are much less affected.");
        Line();
        Line("| document | format | pages | median ms | p90 ms | CPU ms | alloc MB | ms/page | first parse ms | peer | peer median ms | peer CPU ms | Juesuan ÷ peer (wall) | Juesuan ÷ peer (CPU) | target | result |");
        Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---|");
        var misses = new List<string>();
        var met = 0;
        var metOnCpu = 0;
        var judged = 0;
        foreach (var row in rows)
        {
            var input = row.Input;
            var target = Target(input);
            peers.TryGetValue(input.Name, out var peer);
            var s = row.Stats;
            string result;
            if (s is null)
            {
                result = "**FAIL** (read failed)";
                judged += target is null ? 0 : 1;
                misses.Add($"{input.Name} ({input.Format}): read failed: {row.Failure}");
            }
            else if (target is null)
            {
                result = "no target";
            }
            else
            {
                judged++;
                metOnCpu += s.CpuMedianMs <= target.Value ? 1 : 0;
                if (s.MedianMs <= target.Value)
                {
                    met++;
                    result = "pass";
                }
                else
                {
                    result = "**FAIL**";
                    misses.Add(string.Create(Inv, $"{input.Name} ({input.Format}): median {s.MedianMs:0.0} ms (CPU {s.CpuMedianMs:0.0} ms) > {target.Value:0.##} ms"));
                }
            }

            var alloc = s is null ? "—" : s.AllocatedMbPerRun.ToString("0.0", Inv);
            var perPage = s is not null && input.Pages is { } pages ? (s.MedianMs / pages).ToString("0.0", Inv) : "—";
            var targetText = target is null ? "—" : "≤ " + target.Value.ToString("0.##", Inv) + " ms";
            Line($"| {input.Name} | {input.Format} | {input.Pages?.ToString(Inv) ?? "—"} | {Ms(s?.MedianMs)} | {Ms(s?.P90Ms)} | {Ms(s?.CpuMedianMs)} | {alloc} | {perPage} | {Ms(row.ColdMs)} "
                + $"| {peer?.Peer ?? "—"} | {PeerMs(peer, p => p.MedianMs)} | {PeerMs(peer, p => p.CpuMedianMs)} | {Ratio(s, peer, p => p.MedianMs)} | {Ratio(s, peer, p => p.CpuMedianMs)} | {targetText} | {result} |");
        }

        Line();
        Line("\"first parse ms\" is one parse of the document in this fresh process before any warm-up, in the table's order: the first document of each format also pays for compiling that format's code, which is what a one-shot command pays.");
        Line(launch is null
            ? "Process launch (`true`): not measured (no `true` on PATH)."
            : string.Create(Inv, $"Launching `true` from the harness: wall median {launch.MedianMs:0.00} ms (p90 {launch.P90Ms:0.00} ms), CPU {launch.CpuMedianMs:0.00} ms. Every pdftotext figure includes one such launch; nothing is subtracted. python-docx is timed inside one Python process, so interpreter start-up is not in its figures."));
        Line();
        Line(string.Create(Inv, $"Targets met: {met} of {judged} judged on the wall-time median ({metOnCpu} of {judged} on the CPU-time median). Targets: text and .docx ≤ {TextDocxTargetMs:0} ms; PDF ≤ {PdfTargetMs:0} ms up to {PdfTargetPages} pages, pro rata above; .xlsx has none."));
        foreach (var miss in misses)
        {
            Line("- missed: " + miss);
        }

        foreach (var peerName in new[] { Peers.PdfToText, Peers.PythonDocx })
        {
            var pairs = rows
                .Where(r => r.Stats is not null && peers.TryGetValue(r.Input.Name, out var p) && p.Peer == peerName && p.Stats is not null)
                .Select(r => (Mine: r.Stats!, Peer: peers[r.Input.Name].Stats!))
                .ToList();
            Line(pairs.Count == 0
                ? $"- Juesuan ÷ {peerName}: not available."
                : string.Create(Inv, $"- Juesuan ÷ {peerName}, geometric mean over {pairs.Count} documents: {GeoMean(pairs.Select(p => p.Mine.MedianMs / p.Peer.MedianMs)):0.00}× wall, {GeoMean(pairs.Select(p => p.Mine.CpuMedianMs / p.Peer.CpuMedianMs)):0.00}× CPU (wall range {pairs.Min(p => p.Mine.MedianMs / p.Peer.MedianMs):0.00}×–{pairs.Max(p => p.Mine.MedianMs / p.Peer.MedianMs):0.00}×)."));
        }

        if (splits.Count > 0)
        {
            Line();
            Line("Where the time goes: `DisclosureReader.ReadLayout` (the format read into paragraphs and tables) and `DisclosureInterpreter.Interpret` (layout into the model), each timed alone the same way; \"library alone\" is the third-party parser on the same bytes without the project's code ("
                + string.Join("; ", new[] { "pdf", "docx", "xlsx" }.Select(f => f + ": " + LibraryBaseline.Name(f))) + "). Medians; CPU ms in brackets.");
            Line();
            Line("| document | format | layout ms | interpret ms | layout share | library alone ms | library ÷ layout |");
            Line("|---|---|---:|---:|---:|---:|---:|");
            foreach (var (input, layout, interpret, library) in splits)
            {
                var libraryMs = library is null ? "—" : $"{Ms(library.MedianMs)} ({Ms(library.CpuMedianMs)})";
                var libraryShare = library is null ? "—" : (library.CpuMedianMs / layout.CpuMedianMs).ToString("0%", Inv) + " (CPU)";
                var share = (layout.CpuMedianMs / (layout.CpuMedianMs + interpret.CpuMedianMs)).ToString("0%", Inv) + " (CPU)";
                Line($"| {input.Name} | {input.Format} | {Ms(layout.MedianMs)} ({Ms(layout.CpuMedianMs)}) | {Ms(interpret.MedianMs)} ({Ms(interpret.CpuMedianMs)}) | {share} | {libraryMs} | {libraryShare} |");
            }
        }

        return sb.ToString();
    }

    private static double? Target(BenchInput input) => input.Format switch
    {
        "text" or "docx" => TextDocxTargetMs,
        "pdf" => PdfTargetMs * Math.Max(1.0, (input.Pages ?? 0) / (double)PdfTargetPages),
        _ => null,
    };

    private static double GeoMean(IEnumerable<double> ratios) => Math.Exp(ratios.Average(Math.Log));

    private static string Ms(double? ms) =>
        ms is not { } v || double.IsNaN(v) ? "—" : v.ToString(v < 10 ? "0.00" : "0.0", Inv);

    private static string PeerMs(PeerResult? peer, Func<Stats, double> pick) =>
        peer is null ? "—" : peer.Stats is null ? peer.Unavailable ?? "not available" : Ms(pick(peer.Stats));

    private static string Ratio(Stats? mine, PeerResult? peer, Func<Stats, double> pick) =>
        peer is null ? "—"
        : peer.Stats is null || mine is null ? "not available"
        : (pick(mine) / pick(peer.Stats)).ToString("0.00", Inv) + "×";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    /// <summary>The machine's cores, not the process's: under taskset the runtime reports only the pinned one.</summary>
    private static string MachineCores()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").Count(l => l.StartsWith("processor", StringComparison.Ordinal)).ToString(Inv);
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private sealed record Options(int Iterations, bool Split, bool Peers, string? Only, bool Pinned);

    private sealed record Row(BenchInput Input, Stats? Stats, double ColdMs, string? Failure);

    private sealed record Split(BenchInput Input, Stats Layout, Stats Interpret, Stats? Library);

    private sealed record RunContext(int Iterations, bool Pinned, string WarmUp, string? PdfToTextVersion, string? PythonDocxVersion, string LoadBefore, string LoadAfter);
}
