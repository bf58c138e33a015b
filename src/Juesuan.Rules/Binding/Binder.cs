using Juesuan.Rules.Language;
using Juesuan.Rules.Language.Syntax;

namespace Juesuan.Rules.Binding;

/// <summary>
/// Resolves names (tables, the loop variable, constants), checks function arity and argument
/// kinds, and validates column names against each table's canonical columns. Errors carry the
/// span of the offending name.
/// </summary>
public sealed class Binder
{
    private readonly string _file;
    private readonly List<RuleFileError> _errors;
    private readonly string? _variable;

    /// <summary>Creates a binder for one rule (with its loop variable, if any).</summary>
    public Binder(string file, List<RuleFileError> errors, string? variable)
    {
        _file = file;
        _errors = errors;
        _variable = variable;
    }

    /// <summary>The table the loop variable's rows come from, once the loop source is bound.</summary>
    public Domain.Tables.TableKind? VariableTable { get; private set; }

    /// <summary>Binds an expression that must have kind <paramref name="expected"/>; null after an error.</summary>
    public BoundExpr? Bind(Expr expr, ValueKind expected)
    {
        var bound = Bind(expr);
        if (bound is not null && bound.Kind != expected)
        {
            Error(expr.Span, RuleMessages.WrongType(KindName(expected), KindName(bound.Kind)));
            return null;
        }

        return bound;
    }

    /// <summary>Binds the row set of a <c>for</c> loop and remembers its table for column checks.</summary>
    public BoundExpr? BindLoopSource(Expr expr)
    {
        var bound = Bind(expr, ValueKind.Rows);
        VariableTable = bound is BoundSelect { Source: BoundTable t } ? t.Table : null;
        return bound;
    }

    private BoundExpr? Bind(Expr expr)
    {
        switch (expr)
        {
            case NumberExpr n:
                return new BoundLiteral(n.Value, n.Span);
            case NameExpr { Name: "true" or "false" } b:
                return new BoundBoolean(b.Name == "true", b.Span);
            case NameExpr v when v.Name == _variable:
                return new BoundVariable(v.Name, v.Span);
            case NameExpr t:
                if (TableNames.Find(t.Name) is { } kind)
                {
                    return new BoundTable(kind, t.Span);
                }

                Error(t.Span, RuleMessages.UnknownName(t.Name));
                return null;
            case StringExpr s:
                Error(s.Span, RuleMessages.WrongType("数字或表达式", "字符串"));
                return null;
            case IndexExpr ix:
                return BindIndex(ix);
            case MemberExpr m:
                return BindMember(m);
            case CallExpr c:
                return BindCall(c);
            case UnaryExpr u:
                var operand = Bind(u.Operand, u.Operator == "not" ? ValueKind.Bool : ValueKind.Number);
                return operand is null ? null : new BoundUnary(u.Operator, operand, u.Span, operand.Kind);
            case BinaryExpr b:
                return BindBinary(b);
            default:
                throw new InvalidOperationException($"Unhandled syntax {expr.GetType().Name}.");
        }
    }

    private BoundExpr? BindIndex(IndexExpr ix)
    {
        var source = Bind(ix.Target, ValueKind.Table);
        if (source is null)
        {
            return null;
        }

        var s = ix.Selector;
        var selector = new RowSelector
        {
            All = s.All,
            Level = s.Level switch { "类" => 1, "款" => 2, "项" => 3, _ => null },
            Code = s.Code,
            Prefix = s.Prefix,
            Section = s.Section,
            Name = s.NameIsIdentifier && s.Name == _variable ? null : s.Name,
            SameAs = s.NameIsIdentifier && s.Name == _variable ? s.Name : null,
        };
        return new BoundSelect(source, selector, ix.Span, selector.IsSingle ? ValueKind.Row : ValueKind.Rows);
    }

    private BoundExpr? BindMember(MemberExpr m)
    {
        var source = Bind(m.Target);
        if (source is null)
        {
            return null;
        }

        if (source.Kind is not (ValueKind.Row or ValueKind.Rows))
        {
            Error(m.Target.Span, RuleMessages.WrongType("行或行集", KindName(source.Kind)));
            return null;
        }

        var table = TableOf(source);
        if (table is { } kind && TableNames.Columns(kind) is { Count: > 0 } known && !known.Contains(m.Member) && !IsQuoted(m))
        {
            Error(m.MemberSpan, RuleMessages.UnknownColumn(TableNames.ShortName(kind), m.Member, known));
            return null;
        }

        return new BoundColumn(source, m.Member, m.Span, source.Kind == ValueKind.Row ? ValueKind.Number : ValueKind.Column);
    }

    private static bool IsQuoted(MemberExpr m) => m.Span.Length > 0 && m.MemberSpan.Length == m.Member.Length + 2;

    private Domain.Tables.TableKind? TableOf(BoundExpr source) => source switch
    {
        BoundSelect { Source: BoundTable t } => t.Table,
        BoundVariable => VariableTable,
        BoundCall { Function: "children", Arguments: [var row] } => TableOf(row),
        _ => null,
    };

    private BoundExpr? BindCall(CallExpr c)
    {
        var f = Functions.Find(c.Function);
        if (f is null)
        {
            Error(c.Span, RuleMessages.UnknownFunction(c.Function));
            return null;
        }

        var arity = f.Parameters.Length;
        if (f.Variadic ? c.Arguments.Count < arity : c.Arguments.Count != arity)
        {
            Error(c.Span, RuleMessages.Arity(f.Name, f.Variadic ? $"至少 {arity}" : arity.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Arguments.Count));
            return null;
        }

        var args = new List<BoundExpr>();
        for (var i = 0; i < c.Arguments.Count; i++)
        {
            var expected = f.Parameters[Math.Min(i, arity - 1)];
            var arg = f.Name is "exists" or "sum" ? Bind(c.Arguments[i]) : Bind(c.Arguments[i], expected);
            if (arg is null)
            {
                return null;
            }

            if (f.Name == "sum" && arg.Kind is not (ValueKind.Number or ValueKind.Column))
            {
                Error(c.Arguments[i].Span, RuleMessages.WrongType("数字或一栏", KindName(arg.Kind)));
                return null;
            }

            args.Add(arg);
        }

        return new BoundCall(f.Name, args, c.Span, f.Result);
    }

    private BoundExpr? BindBinary(BinaryExpr b)
    {
        var logical = b.Operator is "and" or "or";
        var operandKind = logical ? ValueKind.Bool : ValueKind.Number;
        var left = Bind(b.Left, operandKind);
        var right = Bind(b.Right, operandKind);
        if (left is null || right is null)
        {
            return null;
        }

        var result = logical || b.Operator is "=" or "!=" or "<" or "<=" or ">" or ">=" ? ValueKind.Bool : ValueKind.Number;
        return new BoundBinary(b.Operator, left, right, b.Span, result);
    }

    private void Error(TextSpan span, string message) => _errors.Add(new RuleFileError(_file, span.Line, span.Column, message));

    private static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Number => "数字",
        ValueKind.Bool => "条件（真/假）",
        ValueKind.Table => "表",
        ValueKind.Row => "一行",
        ValueKind.Rows => "行集",
        _ => "一栏（行集.栏名）",
    };
}
