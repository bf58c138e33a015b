using System.Globalization;
using System.Text;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Tests.Shared;

/// <summary>
/// A canonical text of what a disclosure says (not where it said it), for round-trip
/// comparisons: department, year, tables with rows and printed values, evaluations, text.
/// </summary>
internal static class ModelSnapshot
{
    public static string Of(Disclosure d, bool narrative = true)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(string.Create(c, $"department={d.Department} year={d.Year}"));
        foreach (var t in d.Tables)
        {
            sb.AppendLine(string.Create(c, $"table {t.Kind} '{t.Title}' {t.Label} {t.Unit} empty={t.DeclaredEmpty} [{string.Join("|", t.Columns)}]"));
            foreach (var r in t.Rows)
            {
                var values = string.Join("; ", r.Cells.Select(x => $"{x.Key}={x.Value.Amount?.ToString() ?? (x.Value.Text.Length == 0 ? "_" : "'" + x.Value.Text + "'")}"));
                sb.AppendLine(string.Create(c, $"  {r.Section} {r.Code} {r.Name} #{r.LineNumber}: {values}"));
            }
        }

        foreach (var e in d.Evaluations)
        {
            sb.AppendLine(string.Create(c, $"evaluation {e.Kind} '{e.Title}' subject={e.Subject} total={e.Total}/{e.TotalWeight} grade={e.Grade}"));
            if (e.Fund is { } f)
            {
                sb.AppendLine(string.Create(c, $"  fund {f.InitialBudget} {f.FullYearBudget} {f.Executed} {f.Weight} {f.ExecutionRate} {f.Score} [{string.Join(",", f.Breakdown.Select(b => $"{b.Key}:{b.Value}"))}]"));
            }

            foreach (var g in e.Groups)
            {
                sb.AppendLine(string.Create(c, $"  group {g.Level} {g.Parent}/{g.Name} {g.Weight} {g.Score}"));
            }

            foreach (var i in e.Indicators)
            {
                sb.AppendLine(string.Create(c, $"  indicator {i.Level1}/{i.Level2}/{i.Name} target={i.Target} actual={i.Actual} {i.Weight} {i.Score} dev={i.Deviation} crit={i.Criteria} expl={i.Explanation}"));
            }
        }

        if (narrative)
        {
            foreach (var n in d.Narrative)
            {
                sb.AppendLine(string.Create(c, $"text [{n.Part}] {n.Text}"));
            }
        }

        return sb.ToString();
    }
}
