using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Binding;

namespace Juesuan.Rules.Evaluation;

/// <summary>A runtime value of the rule evaluator.</summary>
internal abstract record Value;

/// <summary>
/// An input the rule needs is absent: the rule is "not checked". The reason is built only when
/// reported — blank cells are common and most are skipped by <c>sum</c> or <c>??</c>.
/// </summary>
internal sealed record MissingValue : Value
{
    private readonly Func<string>? _describe;
    private string? _reason;

    public MissingValue(string reason, bool tableAbsent = false)
    {
        _reason = reason;
        TableAbsent = tableAbsent;
    }

    public MissingValue(Func<string> describe) => _describe = describe;

    /// <summary>What is missing, for the report.</summary>
    public string Reason => _reason ??= _describe!();

    /// <summary>The whole table is absent: <c>??</c> does not stand in for it (a blank cell is not a missing table).</summary>
    public bool TableAbsent { get; }
}

/// <summary>A figure with the printed cells it was computed from.</summary>
internal sealed record NumberValue(Interval Interval, IReadOnlyList<CellRef> Cells) : Value;

/// <summary>
/// A printed cell that went into a computation. Labels are built only when a finding needs
/// them: most rules pass, and building strings for every cell would dominate evaluation time.
/// </summary>
internal readonly record struct CellRef(DisclosureTable Table, TableRow Row, string Column, Domain.Amounts.Amount Amount, SourceLocation Location)
{
    public FindingInput ToInput() =>
        new($"{TableNames.ShortName(Table.Kind)} {RuleEvaluator.Describe(Row)} · {Column}", Amount.ToString(), Location);
}

/// <summary>A truth value; for comparisons, the comparison that produced it.</summary>
internal sealed record BoolValue(bool Value, Comparison? Comparison = null, bool RoundingGap = false) : Value;

/// <summary>A table (absent tables are values too, for <c>exists</c>).</summary>
internal sealed record TableValue(TableKind Kind, DisclosureTable? Table) : Value;

/// <summary>One row of a table.</summary>
internal sealed record RowValue(DisclosureTable Table, TableRow Row) : Value;

/// <summary>Rows of one table.</summary>
internal sealed record RowsValue(DisclosureTable Table, IReadOnlyList<TableRow> Rows) : Value;

/// <summary>One column of a row set: the non-blank figures.</summary>
internal sealed record ColumnValue(IReadOnlyList<NumberValue> Values, string Label) : Value;

/// <summary>A comparison as evaluated: left is what the document prints, right what it should be.</summary>
public sealed record Comparison
{
    internal Comparison(string op, Interval left, Interval right, IReadOnlyList<CellRef> leftCells, IReadOnlyList<CellRef> rightCells)
    {
        Operator = op;
        Left = left;
        Right = right;
        LeftCells = leftCells;
        RightCells = rightCells;
    }

    /// <summary>=, !=, &lt;, &lt;=, &gt;, &gt;=.</summary>
    public string Operator { get; }

    /// <summary>Left side (the "actual").</summary>
    public Interval Left { get; }

    /// <summary>Right side (the "expected").</summary>
    public Interval Right { get; }

    /// <summary>Printed figures of the left side.</summary>
    public IReadOnlyList<FindingInput> LeftInputs => [.. LeftCells.Select(c => c.ToInput())];

    /// <summary>Printed figures of the right side.</summary>
    public IReadOnlyList<FindingInput> RightInputs => [.. RightCells.Select(c => c.ToInput())];

    internal IReadOnlyList<CellRef> LeftCells { get; }

    internal IReadOnlyList<CellRef> RightCells { get; }
}
