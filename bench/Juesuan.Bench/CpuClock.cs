using System.Runtime.InteropServices;

namespace Juesuan.Bench;

/// <summary>
/// CPU time, next to wall time, because the machines this runs on are shared: a busy
/// neighbour stretches wall time but not the CPU time the parse itself used. Linux only;
/// NaN elsewhere.
/// </summary>
internal static partial class CpuClock
{
    private const int ClockThreadCpuTimeId = 3;
    private const int RusageChildren = -1;

    /// <summary>CPU time of the calling thread, in milliseconds.</summary>
    public static double ThreadMs()
    {
        if (!OperatingSystem.IsLinux() || NativeMethods.clock_gettime(ClockThreadCpuTimeId, out var ts) != 0)
        {
            return double.NaN;
        }

        return (ts.Seconds * 1_000.0) + (ts.Nanoseconds / 1_000_000.0);
    }

    /// <summary>User plus system CPU time of all children waited for so far, in milliseconds.</summary>
    public static double ChildrenMs()
    {
        if (!OperatingSystem.IsLinux() || NativeMethods.getrusage(RusageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1_000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1_000.0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs we do not read.
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public fixed long Rest[14];
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", SetLastError = false)]
        public static partial int clock_gettime(int clockId, out Timespec time);

        [LibraryImport("libc", SetLastError = false)]
        public static partial int getrusage(int who, out Rusage usage);
    }
}
