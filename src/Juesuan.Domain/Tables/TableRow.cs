using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Tables;

/// <summary>
/// A line of a table: its classification code when it has one, its printed name, and its
/// values by column name. Two-sided tables (总表) set <see cref="Section"/> to "收入" or "支出".
/// </summary>
public sealed record TableRow
{
    /// <summary>Classification code of the row (function or economic), when printed or implied by the name.</summary>
    public ClassificationCode? Code { get; init; }

    /// <summary>The row's name as printed (trimmed).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>"收入" or "支出" on two-sided summary tables; null elsewhere.</summary>
    public string? Section { get; init; }

    /// <summary>Printed 行次/栏次 line number when the table has one.</summary>
    public int? LineNumber { get; init; }

    /// <summary>Values by column name, in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, TableCell>> Cells { get; init; } = [];

    /// <summary>Where the row starts.</summary>
    public SourceLocation Location { get; init; } = new();

    /// <summary>The cell of a column, or null when the table has no such column.</summary>
    public TableCell? Cell(string column)
    {
        foreach (var kv in Cells)
        {
            if (kv.Key == column)
            {
                return kv.Value;
            }
        }

        return null;
    }

    /// <summary>The amount of a column; null when blank or absent.</summary>
    public Amount? Value(string column) => Cell(column)?.Amount;

    /// <summary>The first non-blank amount of the row, for single-value rows.</summary>
    public Amount? FirstValue => Cells.Select(c => c.Value.Amount).FirstOrDefault(a => a is not null);
}
