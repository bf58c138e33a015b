using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Domain.Tables;

namespace Juesuan.Rules.Evaluation;

/// <summary>A runtime value of the rule evaluator.</summary>
internal abstract record Value;

/// <summary>An input the rule needs is absent: the rule is "not checked".</summary>
/// <param name="Reason">What is missing, for the report.</param>
/// <param name="TableAbsent">The whole table is absent: <c>??</c> does not stand in for it (a blank cell is not a missing table).</param>
internal sealed record MissingValue(string Reason, bool TableAbsent = false) : Value;

/// <summary>A figure with the printed cells it was computed from.</summary>
internal sealed record NumberValue(Interval Interval, IReadOnlyList<FindingInput> Inputs) : Value
{
    public SourceLocation? Location => Inputs.Count > 0 ? Inputs[0].Location : null;
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
/// <param name="Operator">=, !=, &lt;, &lt;=, &gt;, &gt;=.</param>
/// <param name="Left">Left side (the "actual").</param>
/// <param name="Right">Right side (the "expected").</param>
/// <param name="LeftInputs">Printed figures of the left side.</param>
/// <param name="RightInputs">Printed figures of the right side.</param>
public sealed record Comparison(string Operator, Interval Left, Interval Right, IReadOnlyList<FindingInput> LeftInputs, IReadOnlyList<FindingInput> RightInputs);
