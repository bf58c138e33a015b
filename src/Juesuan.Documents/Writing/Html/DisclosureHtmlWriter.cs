using System.Globalization;
using System.Net;
using System.Text;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Writing.Html;

/// <summary>
/// A disclosure as one self-contained HTML page (no scripts, no external resources): a table of
/// contents, each table with its 公开NN表 label and unit line, amounts right-aligned with two
/// decimals, the 情况说明 in document order, and the self-evaluations.
/// </summary>
public static class DisclosureHtmlWriter
{
    private const string Style = """
        body{font-family:"Noto Serif CJK SC","SimSun","Songti SC",serif;margin:2rem auto;max-width:60rem;color:#111;line-height:1.7}
        h1{text-align:center;font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.5rem;text-align:center}
        .label{text-align:right;color:#444}.unit{text-align:right;font-size:.9rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1.5rem}
        th,td{border:1px solid #333;padding:.25rem .4rem}th{background:#f2f2f2}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.code{white-space:nowrap}
        nav ol{columns:2}p{text-indent:2em;margin:.4rem 0}p.h{text-indent:0;font-weight:bold;margin-top:1rem}
        """;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The page.</summary>
    public static string Write(Disclosure d)
    {
        var sb = new StringBuilder();
        var title = $"{d.Department}{d.Year?.ToString(C)}年度部门决算";
        sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        sb.Append("<h1>").Append(E(title)).Append("</h1><nav><ol>");
        for (var i = 0; i < d.Tables.Count; i++)
        {
            sb.Append("<li><a href=\"#t").Append(i.ToString(C)).Append("\">").Append(E(Name(d.Tables[i]))).Append("</a></li>");
        }

        if (d.Narrative.Count > 0)
        {
            sb.Append("<li><a href=\"#text\">情况说明</a></li>");
        }

        sb.Append("</ol></nav>");
        for (var i = 0; i < d.Tables.Count; i++)
        {
            Table(sb, d.Tables[i], d.Department, i);
        }

        if (d.Narrative.Count > 0)
        {
            sb.Append("<h2 id=\"text\">情况说明</h2>");
            foreach (var p in d.Narrative)
            {
                var heading = p.Heading == p.Text || p.Text.Length <= 30 && p.Text.EndsWith("说明", StringComparison.Ordinal);
                sb.Append(heading ? "<p class=\"h\">" : "<p>").Append(E(p.Text)).Append("</p>");
            }
        }

        foreach (var e in d.Evaluations.Where(e => e.Indicators.Count > 0))
        {
            Evaluation(sb, e);
        }

        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static string Name(DisclosureTable t) => t.Kind == TableKind.Other ? t.Title : t.Kind.Title();

    private static void Table(StringBuilder sb, DisclosureTable t, string? department, int index)
    {
        sb.Append("<h2 id=\"t").Append(index.ToString(C)).Append("\">").Append(E(Name(t))).Append("</h2>");
        if (t.Label is { } label)
        {
            sb.Append("<div class=\"label\">").Append(E(label)).Append("</div>");
        }

        sb.Append("<div class=\"unit\">部门：").Append(E(department ?? string.Empty)).Append("　　单位：").Append(E(t.Unit.ToChinese() ?? "万元")).Append("</div>");
        if (t.DeclaredEmpty)
        {
            sb.Append("<p>本表无数据。</p>");
            return;
        }

        if (t.Rows.Any(r => r.Section is "收入") && t.Rows.Any(r => r.Section is "支出"))
        {
            TwoSided(sb, t);
            return;
        }

        sb.Append("<table><thead><tr><th>科目编码</th><th>项目</th>");
        foreach (var c in t.Columns)
        {
            sb.Append("<th>").Append(E(c)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var r in t.Rows)
        {
            sb.Append("<tr><td class=\"code\">").Append(E(r.Code?.Digits ?? string.Empty)).Append("</td><td>").Append(E(r.Section is null ? r.Name : $"{r.Name}（{r.Section}）")).Append("</td>");
            foreach (var c in t.Columns)
            {
                sb.Append("<td class=\"n\">").Append(r.Value(c) is { } a ? Money(a) : string.Empty).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
    }

    /// <summary>The 总表 layout: 收入 on the left, 支出 on the right, row by row.</summary>
    private static void TwoSided(StringBuilder sb, DisclosureTable t)
    {
        var income = t.Rows.Where(r => r.Section == "收入").ToList();
        var spending = t.Rows.Where(r => r.Section == "支出").ToList();
        string[] Columns(List<TableRow> rows) => [.. t.Columns.Where(c => rows.Any(r => r.Cell(c) is not null))];
        var (ic, sc) = (Columns(income), Columns(spending));
        sb.Append("<table><thead><tr><th colspan=\"").Append((1 + ic.Length).ToString(C)).Append("\">收入</th><th colspan=\"").Append((1 + sc.Length).ToString(C)).Append("\">支出</th></tr><tr><th>项目</th>");
        foreach (var c in ic)
        {
            sb.Append("<th>").Append(E(c)).Append("</th>");
        }

        sb.Append("<th>项目</th>");
        foreach (var c in sc)
        {
            sb.Append("<th>").Append(E(c)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        for (var i = 0; i < Math.Max(income.Count, spending.Count); i++)
        {
            sb.Append("<tr>");
            Side(sb, i < income.Count ? income[i] : null, ic);
            Side(sb, i < spending.Count ? spending[i] : null, sc);
            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
    }

    private static void Side(StringBuilder sb, TableRow? r, string[] columns)
    {
        sb.Append("<td>").Append(E(r?.Name ?? string.Empty)).Append("</td>");
        foreach (var c in columns)
        {
            sb.Append("<td class=\"n\">").Append(r?.Value(c) is { } a ? Money(a) : string.Empty).Append("</td>");
        }
    }

    private static void Evaluation(StringBuilder sb, Evaluation e)
    {
        sb.Append("<h2>").Append(E(e.Title)).Append("</h2><table><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr></thead><tbody>");
        foreach (var i in e.Indicators)
        {
            sb.Append("<tr><td>").Append(E(i.Level1)).Append("</td><td>").Append(E(i.Level2)).Append("</td><td>").Append(E(i.Name)).Append("</td><td>")
                .Append(E(i.Target ?? string.Empty)).Append("</td><td>").Append(E(i.Actual ?? string.Empty)).Append("</td><td class=\"n\">")
                .Append(i.Weight?.ToString() ?? string.Empty).Append("</td><td class=\"n\">").Append(i.Score?.ToString() ?? string.Empty).Append("</td></tr>");
        }

        sb.Append("<tr><td colspan=\"5\">总分</td><td class=\"n\">").Append(e.TotalWeight?.ToString() ?? string.Empty).Append("</td><td class=\"n\">").Append(e.Total?.ToString() ?? string.Empty).Append("</td></tr></tbody></table>");
    }

    /// <summary>Money with two decimals ("15.7" prints as 15.70), the way the tables are published.</summary>
    private static string Money(Amount a) => Amount.Of(a.Value, Math.Max(a.Scale, 2)).ToString();

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
