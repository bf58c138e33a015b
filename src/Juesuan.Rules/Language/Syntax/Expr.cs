namespace Juesuan.Rules.Language.Syntax;

/// <summary>An expression in a rule, with the span it was written at.</summary>
public abstract record Expr(TextSpan Span);

/// <summary>A number literal; exact (an interval of width zero).</summary>
public sealed record NumberExpr(decimal Value, TextSpan Span) : Expr(Span);

/// <summary>A string literal (row names in selectors, arguments).</summary>
public sealed record StringExpr(string Value, TextSpan Span) : Expr(Span);

/// <summary>A bare name: a loop variable, a table, or a constant such as <c>true</c>.</summary>
public sealed record NameExpr(string Name, TextSpan Span) : Expr(Span);

/// <summary>A function call: <c>sum(x)</c>.</summary>
public sealed record CallExpr(string Function, IReadOnlyList<Expr> Arguments, TextSpan Span) : Expr(Span);

/// <summary>Row selection: <c>table[selector]</c>.</summary>
public sealed record IndexExpr(Expr Target, SelectorSyntax Selector, TextSpan Span) : Expr(Span);

/// <summary>Column access: <c>row.列</c> or <c>rows.列</c>.</summary>
public sealed record MemberExpr(Expr Target, string Member, TextSpan MemberSpan, TextSpan Span) : Expr(Span);

/// <summary><c>-x</c> or <c>not x</c>.</summary>
public sealed record UnaryExpr(string Operator, Expr Operand, TextSpan Span) : Expr(Span);

/// <summary>A binary operation: arithmetic, comparison, <c>and</c>/<c>or</c>, <c>??</c>.</summary>
public sealed record BinaryExpr(string Operator, Expr Left, Expr Right, TextSpan Span) : Expr(Span);
