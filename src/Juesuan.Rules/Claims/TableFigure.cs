using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Binding;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.Claims;

/// <summary>A figure from the tables that a text statement can be compared with, in 万元.</summary>
internal sealed record TableFigure(Interval Interval, IReadOnlyList<FindingInput> Inputs)
{
    /// <summary>One cell: table, row (by name, section or code) and column; null when absent or blank.</summary>
    public static TableFigure? Cell(Disclosure d, TableKind kind, string row, string column, string? section = null)
    {
        var table = d.Table(kind);
        var wanted = Domain.Classification.CatalogNames.Normalize(row);
        var r = table?.Rows.FirstOrDefault(x => (section is null || x.Section == section) && RowNames.Match(RowNames.Of(x), wanted));
        return r is null ? null : Of(table!, r, column);
    }

    /// <summary>One cell of a coded row.</summary>
    public static TableFigure? Coded(Disclosure d, TableKind kind, string code, string column)
    {
        var table = d.Table(kind);
        var r = table?.Rows.FirstOrDefault(x => x.Code?.Digits == code);
        return r is null ? null : Of(table!, r, column);
    }

    /// <summary>Sum of figures (blank parts left out); null when all are absent.</summary>
    public static TableFigure? Sum(params TableFigure?[] parts)
    {
        var present = parts.OfType<TableFigure>().ToList();
        return present.Count == 0 ? null : new TableFigure(present.Select(p => p.Interval).Aggregate((a, b) => a + b), [.. present.SelectMany(p => p.Inputs)]);
    }

    private static TableFigure? Of(DisclosureTable table, TableRow row, string column)
    {
        var cell = row.Cell(column);
        if (cell?.Amount is not { } amount)
        {
            return null;
        }

        var wan = amount.ConvertTo(table.Unit, AmountUnit.WanYuan);
        var interval = Interval.Of(amount, table.Unit == AmountUnit.WanYuan ? 2 : 0);
        if (table.Unit == AmountUnit.Yuan)
        {
            interval = new Interval(interval.Lower / 10000m, interval.Upper / 10000m, wan.Value);
        }

        var label = $"{TableNames.ShortName(table.Kind)} {RuleEvaluator.Describe(row)} · {column}";
        return new TableFigure(interval, [new FindingInput(label, amount.ToString(), cell.Location.Line is null && cell.Location.Page is null ? row.Location : cell.Location)]);
    }
}
