using System.Globalization;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;

namespace Juesuan.Rules.Reporting;

/// <summary>Compiler-style text: <c>file:line: error RULE: message</c>, then a summary table.</summary>
public static class CheckTextWriter
{
    /// <summary>Writes the findings of one document, each with its computation indented below.</summary>
    public static void WriteFindings(CheckReport report, TextWriter output, bool verbose = false)
    {
        foreach (var f in report.Findings)
        {
            output.WriteLine(f.ToString());
            if (verbose && f.Computation is { } computation)
            {
                output.WriteLine("    " + computation);
            }
        }

        foreach (var n in report.NotChecked)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Path}: not-checked {n.Rule}: {n.Title}：{n.Reason}{(n.Count > 1 ? $"（{n.Count} 处）" : string.Empty)}"));
        }
    }

    /// <summary>One line per document: errors, warnings, infos, passed, not checked, path.</summary>
    public static void WriteSummary(IReadOnlyList<CheckReport> reports, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("  错误  警告  提示  通过  未检查  文件");
        foreach (var r in reports)
        {
            if (r.InputFailure is { } failure)
            {
                output.WriteLine($"     -     -     -     -       -  {r.Path}（无法读取：{failure.Message}）");
                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Count(Severity.Error),6}{r.Count(Severity.Warning),6}{r.Count(Severity.Info),6}{r.Passed,6}{r.NotChecked.Sum(n => n.Count),8}  {r.Path}"));
        }

        var ok = reports.Where(r => r.InputFailure is null).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ok.Sum(r => r.Count(Severity.Error)),6}{ok.Sum(r => r.Count(Severity.Warning)),6}{ok.Sum(r => r.Count(Severity.Info)),6}{ok.Sum(r => r.Passed),6}{ok.Sum(r => r.NotChecked.Sum(n => n.Count)),8}  合计 {reports.Count} 个文件"));
    }
}
