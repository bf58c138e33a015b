using Juesuan.Domain.Tables;
using Juesuan.Rules.Language;

namespace Juesuan.Rules.Binding;

/// <summary>What an expression evaluates to.</summary>
public enum ValueKind
{
    /// <summary>A figure (an interval).</summary>
    Number,

    /// <summary>True or false.</summary>
    Bool,

    /// <summary>A table.</summary>
    Table,

    /// <summary>One row.</summary>
    Row,

    /// <summary>A set of rows.</summary>
    Rows,

    /// <summary>One column over a set of rows (for <c>sum</c>).</summary>
    Column,
}

/// <summary>A checked expression: names resolved, types known.</summary>
public abstract record BoundExpr(TextSpan Span, ValueKind Kind);

/// <summary>A number literal.</summary>
public sealed record BoundLiteral(decimal Value, TextSpan Span) : BoundExpr(Span, ValueKind.Number);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoundBoolean(bool Value, TextSpan Span) : BoundExpr(Span, ValueKind.Bool);

/// <summary>A standard table.</summary>
public sealed record BoundTable(TableKind Table, TextSpan Span) : BoundExpr(Span, ValueKind.Table);

/// <summary>The loop variable.</summary>
public sealed record BoundVariable(string Name, TextSpan Span) : BoundExpr(Span, ValueKind.Row);

/// <summary>Rows of a table chosen by a selector.</summary>
public sealed record BoundSelect(BoundExpr Source, RowSelector Selector, TextSpan Span, ValueKind Result) : BoundExpr(Span, Result);

/// <summary>A column of a row (a figure) or of a row set (a column).</summary>
public sealed record BoundColumn(BoundExpr Source, string Column, TextSpan Span, ValueKind Result) : BoundExpr(Span, Result);

/// <summary>A built-in function call.</summary>
public sealed record BoundCall(string Function, IReadOnlyList<BoundExpr> Arguments, TextSpan Span, ValueKind Result) : BoundExpr(Span, Result);

/// <summary><c>-x</c> or <c>not x</c>.</summary>
public sealed record BoundUnary(string Operator, BoundExpr Operand, TextSpan Span, ValueKind Result) : BoundExpr(Span, Result);

/// <summary>Arithmetic, comparison, logic or <c>??</c>.</summary>
public sealed record BoundBinary(string Operator, BoundExpr Left, BoundExpr Right, TextSpan Span, ValueKind Result) : BoundExpr(Span, Result);
