using System.Globalization;
using System.Net;
using System.Text;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;

namespace Juesuan.Rules.Reporting;

/// <summary>A standalone HTML report for a person: summary, then each document's findings with their computations.</summary>
public static class CheckHtmlWriter
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem;color:#222;line-height:1.5}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.3rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}td.k{white-space:nowrap}
        .error{color:#b00020;font-weight:bold}.warning{color:#a15c00;font-weight:bold}.info{color:#555}
        .calc{color:#555;font-size:.9em}details{font-size:.9em;color:#444}.ok{color:#1b7f3b}
        """;

    /// <summary>Renders all reports as one page.</summary>
    public static string ToHtml(IReadOnlyList<CheckReport> reports)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>决算审核报告</title><style>").Append(Style).Append("</style></head><body>");
        sb.Append("<h1>决算审核报告</h1>");
        Summary(sb, reports);
        for (var i = 0; i < reports.Count; i++)
        {
            Document(sb, reports[i], i);
        }

        sb.Append("<p class=\"info\">由 Juesuan 生成。数字按印出精度视为区间比较；“未检查”表示缺少数据，不计为通过。</p></body></html>");
        return sb.ToString();
    }

    private static void Summary(StringBuilder sb, IReadOnlyList<CheckReport> reports)
    {
        sb.Append("<table><thead><tr><th>文件</th><th>单位</th><th>年度</th><th>错误</th><th>警告</th><th>提示</th><th>通过</th><th>未检查</th></tr></thead><tbody>");
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            sb.Append("<tr><td><a href=\"#").Append(Anchor(i)).Append("\">").Append(E(r.Path)).Append("</a></td>");
            if (r.InputFailure is { } failure)
            {
                sb.Append("<td colspan=\"7\" class=\"error\">无法读取：").Append(E(failure.Message)).Append("</td></tr>");
                continue;
            }

            sb.Append("<td>").Append(E(r.Department ?? string.Empty)).Append("</td><td>").Append(r.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append("</td>");
            Cell(sb, r.Count(Severity.Error), "error");
            Cell(sb, r.Count(Severity.Warning), "warning");
            Cell(sb, r.Count(Severity.Info), "info");
            Cell(sb, r.Passed, "ok");
            Cell(sb, r.NotChecked.Sum(n => n.Count), "info");
            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
    }

    private static void Document(StringBuilder sb, CheckReport r, int index)
    {
        sb.Append("<h2 id=\"").Append(Anchor(index)).Append("\">").Append(E(r.Department ?? Path.GetFileName(r.Path))).Append("</h2><p>").Append(E(r.Path)).Append("</p>");
        if (r.InputFailure is { } failure)
        {
            sb.Append("<p class=\"error\">").Append(E(failure.Code)).Append(' ').Append(E(failure.Message)).Append("</p>");
            return;
        }

        if (r.Findings.Count == 0)
        {
            sb.Append("<p class=\"ok\">未发现问题。</p>");
        }
        else
        {
            sb.Append("<table><thead><tr><th>级别</th><th>规则</th><th>位置</th><th>问题与计算</th></tr></thead><tbody>");
            foreach (var f in r.Findings)
            {
                var level = f.Severity.ToString().ToLowerInvariant();
                sb.Append("<tr><td class=\"k ").Append(level).Append("\">").Append(SeverityName(f.Severity)).Append("</td><td class=\"k\">").Append(E(f.Rule)).Append("</td><td class=\"k\">")
                    .Append(E(Where(f.Location))).Append("</td><td>").Append(E(f.Message));
                if (f.Computation is { } calc)
                {
                    sb.Append("<div class=\"calc\">").Append(E(calc)).Append("</div>");
                }

                if (f.Inputs.Count > 0 || f.Explanation is not null)
                {
                    sb.Append("<details><summary>依据</summary>");
                    if (f.Explanation is { } why)
                    {
                        sb.Append("<p>").Append(E(why)).Append("</p>");
                    }

                    foreach (var i in f.Inputs)
                    {
                        sb.Append("<div>").Append(E(i.Label)).Append(" = ").Append(E(i.Value)).Append("（").Append(E(i.Location.Describe())).Append("）</div>");
                    }

                    sb.Append("</details>");
                }

                sb.Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        if (r.NotChecked.Count > 0)
        {
            sb.Append("<h3>未检查</h3><ul>");
            foreach (var n in r.NotChecked)
            {
                sb.Append("<li>").Append(E(n.Rule)).Append(' ').Append(E(n.Title)).Append("：").Append(E(n.Reason));
                if (n.Count > 1)
                {
                    sb.Append(string.Create(CultureInfo.InvariantCulture, $"（{n.Count} 处）"));
                }

                sb.Append("</li>");
            }

            sb.Append("</ul>");
        }
    }

    internal static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    internal static string Where(SourceLocation l) =>
        l.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"第 {line} 行") + (l.Page is { } p ? string.Create(CultureInfo.InvariantCulture, $"（第 {p} 页）") : string.Empty) : l.Describe();

    private static void Cell(StringBuilder sb, int n, string cls) =>
        sb.Append("<td class=\"n").Append(n > 0 ? " " + cls : string.Empty).Append("\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>");

    private static string Anchor(int index) => "d" + index.ToString(CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
