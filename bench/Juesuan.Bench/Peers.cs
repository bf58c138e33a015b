using System.Diagnostics;
using System.Globalization;

namespace Juesuan.Bench;

/// <summary>A peer's timing of one document, or why there is none.</summary>
internal sealed record PeerResult(string Peer, Stats? Stats, string? Unavailable);

/// <summary>
/// The reference tools the issue compares against: poppler's pdftotext (an external process
/// per run, so process start-up is inside its figure) and python-docx (timed inside one Python
/// process, so interpreter start-up is outside its figure).
/// </summary>
internal static class Peers
{
    public const string PdfToText = "pdftotext";
    public const string PythonDocx = "python-docx";

    /// <summary>The system interpreter: Debian's python3-docx is installed for it, not for a pyenv python earlier on PATH.</summary>
    public static string PythonPath => Environment.GetEnvironmentVariable("JUESUAN_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";

    public static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>pdftotext's version line, or null when it is not installed or does not run.</summary>
    public static string? PdfToTextVersion()
    {
        var exe = FindOnPath(PdfToText);
        if (exe is null)
        {
            return null;
        }

        var (code, _, err) = Capture(exe, ["-v"]);
        return code == 0 ? err.Split('\n')[0].Trim() : null;
    }

    /// <summary>python-docx's version under <see cref="PythonPath"/>, or null when it cannot be imported.</summary>
    public static string? PythonDocxVersion()
    {
        if (!File.Exists(PythonPath))
        {
            return null;
        }

        var (code, output, _) = Capture(PythonPath, ["-c", "import sys, docx; print(docx.__version__, sys.version.split()[0])"]);
        return code == 0 ? output.Trim() : null;
    }

    /// <summary>Times one launch of a program that does nothing, to show what process start-up alone costs.</summary>
    public static Stats? ProcessLaunch(int iterations)
    {
        var exe = FindOnPath("true");
        return exe is null ? null : Timing.Measure(() => Run(exe, []), iterations, 3, TimeSpan.Zero, CpuClock.ChildrenMs);
    }

    /// <summary>`pdftotext -q -layout FILE /dev/null`: the whole file, every page, text laid out by position.</summary>
    public static PeerResult PdfToTextRun(string pdf, int iterations, bool available)
    {
        if (!available)
        {
            return new PeerResult(PdfToText, null, "not available");
        }

        var exe = FindOnPath(PdfToText)!;
        try
        {
            return new PeerResult(PdfToText, Timing.Measure(() => Run(exe, ["-q", "-layout", pdf, "/dev/null"]), iterations, 2, TimeSpan.Zero, CpuClock.ChildrenMs), null);
        }
        catch (InvalidOperationException e)
        {
            return new PeerResult(PdfToText, null, "failed: " + e.Message);
        }
    }

    /// <summary>Runs the python-docx script once over all files; it times each file in-process.</summary>
    public static Dictionary<string, PeerResult> PythonDocxRun(IReadOnlyList<string> files, int iterations, bool available)
    {
        var results = new Dictionary<string, PeerResult>(StringComparer.Ordinal);
        if (!available || files.Count == 0)
        {
            foreach (var f in files)
            {
                results[f] = new PeerResult(PythonDocx, null, "not available");
            }

            return results;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "python_docx_read.py");
        var args = new List<string> { script, iterations.ToString(CultureInfo.InvariantCulture), "3" };
        args.AddRange(files);
        var (code, output, err) = Capture(PythonPath, args);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 5)
            {
                var median = double.Parse(parts[1], CultureInfo.InvariantCulture);
                var p90 = double.Parse(parts[2], CultureInfo.InvariantCulture);
                var min = double.Parse(parts[3], CultureInfo.InvariantCulture);
                var cpu = double.Parse(parts[4], CultureInfo.InvariantCulture);
                results[parts[0]] = new PeerResult(PythonDocx, new Stats(median, p90, min, cpu, iterations, double.NaN), null);
            }
        }

        foreach (var f in files.Where(f => !results.ContainsKey(f)))
        {
            results[f] = new PeerResult(PythonDocx, null, code == 0 ? "no output" : "failed: " + err.Trim().Split('\n')[^1]);
        }

        return results;
    }

    private static object? Run(string exe, IReadOnlyList<string> args)
    {
        // No redirection: pipes would add reader threads and copying that the peer itself does not cost.
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException(exe + " did not start");
        p.WaitForExit();
        return p.ExitCode == 0 ? null : throw new InvalidOperationException(Path.GetFileName(exe) + " exited with " + p.ExitCode.ToString(CultureInfo.InvariantCulture));
    }

    internal static (int Code, string Output, string Error) Capture(string exe, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        try
        {
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout, stderr.GetAwaiter().GetResult());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }
}
