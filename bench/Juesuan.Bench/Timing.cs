using System.Diagnostics;

namespace Juesuan.Bench;

/// <summary>Wall-time median, 90th percentile and minimum of timed runs, CPU-time median, and managed bytes allocated per run.</summary>
internal sealed record Stats(double MedianMs, double P90Ms, double MinMs, double CpuMedianMs, int Runs, double AllocatedMbPerRun);

internal static class Timing
{
    /// <summary>
    /// Runs <paramref name="action"/> until warm (at least <paramref name="warmupRuns"/> runs and
    /// <paramref name="warmupTime"/>, so tiered JIT has promoted the hot code), then times
    /// <paramref name="iterations"/> runs one by one with a Stopwatch and with
    /// <paramref name="cpuClock"/> (the thread's CPU time unless told). No GC is forced between
    /// runs: collecting a parse's garbage is part of what parsing costs.
    /// </summary>
    public static Stats Measure(Func<object?> action, int iterations, int warmupRuns, TimeSpan warmupTime, Func<double>? cpuClock = null) =>
        MeasureEach<object?>(() => null, _ => action(), iterations, warmupRuns, warmupTime, cpuClock);

    /// <summary>As <see cref="Measure"/>, with a fresh argument from <paramref name="prepare"/> for every run, made outside the timed region.</summary>
    public static Stats MeasureEach<T>(Func<T> prepare, Func<T, object?> action, int iterations, int warmupRuns, TimeSpan warmupTime, Func<double>? cpuClock = null)
    {
        cpuClock ??= CpuClock.ThreadMs;
        var warm = Stopwatch.StartNew();
        for (var n = 0; n < warmupRuns || (warm.Elapsed < warmupTime && n < 1000); n++)
        {
            GC.KeepAlive(action(prepare()));
        }

        var times = new double[iterations];
        var cpu = new double[iterations];
        var allocated = 0L;
        for (var i = 0; i < iterations; i++)
        {
            var argument = prepare();
            var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = cpuClock();
            var start = Stopwatch.GetTimestamp();
            var result = action(argument);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = cpuClock() - cpuStart;
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
            GC.KeepAlive(result);
        }

        return new Stats(Median(times), Percentile(times, 0.9), times.Min(), Median(cpu), iterations, allocated / (double)iterations / (1024 * 1024));
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Nearest-rank percentile, the same definition the python-docx script uses.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
