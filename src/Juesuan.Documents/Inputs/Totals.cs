using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Inputs;

/// <summary>Sums that keep blank apart from zero: the sum of nothing but blanks is blank.</summary>
internal static class Totals
{
    public static decimal? Add(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var v in values)
        {
            if (v is { } x)
            {
                sum = (sum ?? 0) + x;
            }
        }

        return sum;
    }

    public static decimal?[] Sum(IEnumerable<decimal?[]> rows, int width)
    {
        var list = rows.ToList();
        return Enumerable.Range(0, width).Select(i => Add(list.Select(r => r[i]))).ToArray();
    }

    /// <summary>
    /// Adds the parent rows not entered (款 from 项, 类 from 款), each the sum of its direct
    /// children, and fills the sum column of every row.
    /// </summary>
    public static Dictionary<string, decimal?[]> Roll(Dictionary<string, decimal?[]> entered, CodedSheet sheet)
    {
        var all = new Dictionary<string, decimal?[]>(entered, StringComparer.Ordinal);
        foreach (var length in new[] { 7, 5 })
        {
            var parentLength = length == 7 ? 5 : 3;
            foreach (var group in all.Keys.Where(k => k.Length == length).GroupBy(k => k[..parentLength]).ToList())
            {
                if (!entered.ContainsKey(group.Key))
                {
                    all[group.Key] = Sum(group.Select(k => all[k]), sheet.Columns.Count);
                }
            }
        }

        if (sheet.SumColumn is { } target)
        {
            foreach (var values in all.Values)
            {
                values[target] = Add(sheet.SumParts.Select(p => values[p]));
            }
        }

        return all;
    }

    public static KeyValuePair<string, TableCell> Cell(string column, decimal? value) =>
        new(column, new TableCell(value is { } v ? InputCells.Printed(v) : null, value is { } x ? InputCells.Printed(x).ToString() : string.Empty, new SourceLocation()));
}
