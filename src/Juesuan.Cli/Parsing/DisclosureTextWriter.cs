using System.Globalization;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Cli.Parsing;

/// <summary>The human-readable form of a parsed disclosure for `juesuan parse --format text`.</summary>
internal static class DisclosureTextWriter
{
    public static void Write(Disclosure d, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"{d.Path}: {d.Department ?? "（未识别部门）"} {(d.Year is { } y ? y + "年度" : "（未识别年度）")} [{d.Format}]"));
        foreach (var t in d.Tables)
        {
            var empty = t.DeclaredEmpty ? "，本表无数据" : string.Empty;
            o.WriteLine(string.Create(c, $"  表 {t.Title}{(t.Label is null ? string.Empty : " " + t.Label)}（单位：{t.Unit.ToChinese() ?? "未注明"}，{t.Rows.Count} 行{empty}）  {t.Location.Describe()}"));
            foreach (var r in t.Rows)
            {
                var values = string.Join("  ", r.Cells.Where(x => x.Value.Amount is not null).Select(x => $"{x.Key}={x.Value.Amount}"));
                var code = r.Code is { } code1 ? code1.Digits + " " : string.Empty;
                var section = r.Section is null ? string.Empty : $"[{r.Section}] ";
                o.WriteLine($"    {section}{code}{r.Name}  {values}");
            }
        }

        foreach (var e in d.Evaluations)
        {
            o.WriteLine(string.Create(c, $"  评价 {e.Title}：总分 {Show(e.Total)}{(e.Grade is null ? string.Empty : "，等次 " + e.Grade)}（{e.Indicators.Count} 项指标）  {e.Location.Describe()}"));
            foreach (var i in e.Indicators)
            {
                o.WriteLine($"    {i.Level1}/{i.Level2}/{i.Name}  分值 {Show(i.Weight)}  得分 {Show(i.Score)}");
            }
        }

        o.WriteLine(string.Create(c, $"  文字段落 {d.Narrative.Count} 段"));
        foreach (var x in d.Diagnostics)
        {
            o.WriteLine($"  {x}");
        }
    }

    private static string Show(Amount? a) => a?.ToString() ?? "—";
}
