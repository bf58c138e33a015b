using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Binding;

namespace Juesuan.Rules.Evaluation;

/// <summary>
/// Evaluates compiled rules against a disclosure. Never throws on document content: a
/// missing table, row or blank cell makes the rule "not checked" with the reason; a divisor
/// that may be zero does the same.
/// </summary>
public sealed class RuleEvaluator
{
    private readonly Disclosure _document;
    private RowValue? _variable;

    /// <summary>Creates an evaluator over one document.</summary>
    public RuleEvaluator(Disclosure document) => _document = document;

    /// <summary>Evaluates a rule: one outcome, or one per row for <c>for</c> rules.</summary>
    public IEnumerable<RuleOutcome> Evaluate(CompiledRule rule)
    {
        if (rule.ForRows is null)
        {
            _variable = null;
            yield return EvaluateOnce(rule, null);
            yield break;
        }

        _variable = null;
        var rows = Eval(rule.ForRows);
        if (rows is MissingValue m)
        {
            yield return new RuleOutcome { Rule = rule, Status = OutcomeStatus.NotChecked, Reason = m.Reason };
            yield break;
        }

        var set = (RowsValue)rows;
        foreach (var row in set.Rows)
        {
            if (row.Cells.All(c => c.Value.Amount is null))
            {
                // A row with no figures at all states nothing to check.
                yield return new RuleOutcome { Rule = rule, Status = OutcomeStatus.NotApplicable, LoopRow = row };
                continue;
            }

            _variable = new RowValue(set.Table, row);
            yield return EvaluateOnce(rule, _variable);
        }

        _variable = null;
    }

    private RuleOutcome EvaluateOnce(CompiledRule rule, RowValue? row)
    {
        var label = row?.Row;
        if (rule.When is not null)
        {
            switch (Eval(rule.When))
            {
                case MissingValue m:
                    return new RuleOutcome { Rule = rule, Status = OutcomeStatus.NotChecked, LoopRow = label, Reason = m.Reason, Location = row?.Row.Location };
                case BoolValue { Value: false }:
                    return new RuleOutcome { Rule = rule, Status = OutcomeStatus.NotApplicable, LoopRow = label };
            }
        }

        var result = Eval(rule.Assert);
        if (result is MissingValue missing)
        {
            return new RuleOutcome { Rule = rule, Status = OutcomeStatus.NotChecked, LoopRow = label, Reason = missing.Reason, Location = row?.Row.Location };
        }

        var b = (BoolValue)result;
        var c = b.Comparison;
        var status = !b.Value ? OutcomeStatus.Failed : b.RoundingGap ? OutcomeStatus.RoundingGap : OutcomeStatus.Passed;
        return new RuleOutcome
        {
            Rule = rule,
            Status = status,
            LoopRow = label,
            Comparison = c,
            Location = FirstLocation(c?.LeftCells) ?? FirstLocation(c?.RightCells) ?? row?.Row.Location,
        };
    }

    private static Domain.Diagnostics.SourceLocation? FirstLocation(IReadOnlyList<CellRef>? cells) => cells is { Count: > 0 } ? cells[0].Location : null;

    private Value Eval(BoundExpr e) => e switch
    {
        BoundLiteral l => new NumberValue(Interval.Exact(l.Value), []),
        BoundBoolean b => new BoolValue(b.Value),
        BoundTable t => new TableValue(t.Table, _document.Table(t.Table)),
        BoundVariable => (Value?)_variable ?? new MissingValue("循环变量未赋值"),
        BoundSelect s => Select(s),
        BoundColumn c => Column(c),
        BoundCall c => Call(c),
        BoundUnary u => Unary(u),
        BoundBinary b => Binary(b),
        _ => new MissingValue($"无法求值：{e.GetType().Name}"),
    };

    private Value Select(BoundSelect s)
    {
        if (Eval(s.Source) is not TableValue { } tv)
        {
            return new MissingValue("不是表");
        }

        if (tv.Table is null)
        {
            return new MissingValue($"缺少{tv.Kind.Title()}", tableAbsent: true);
        }

        var table = tv.Table;
        var sel = s.Selector;
        if (sel.SameAs is not null)
        {
            if (_variable is null)
            {
                return new MissingValue("循环变量未赋值");
            }

            var v = _variable.Row;
            var same = table.Rows.FirstOrDefault(r => v.Code is { } code ? r.Code?.Digits == code.Digits : r.Code is null && r.Section == v.Section && RowNames.Match(RowNames.Of(r), RowNames.Of(v)));
            return same is null ? new MissingValue(() => $"{TableNames.ShortName(table.Kind)}中没有“{Describe(v)}”行") : new RowValue(table, same);
        }

        var rows = table.Rows.Where(r => Matches(r, sel)).ToList();
        if (!sel.IsSingle)
        {
            return new RowsValue(table, rows);
        }

        return rows.Count == 0
            ? new MissingValue(() => $"{TableNames.ShortName(table.Kind)}中没有“{sel}”行")
            : new RowValue(table, rows[0]);
    }

    private static bool Matches(TableRow r, RowSelector sel)
    {
        if (sel.All)
        {
            return true;
        }

        if (sel.Section is not null && r.Section != sel.Section)
        {
            return false;
        }

        if (sel.Level is { } level && r.Code?.Level != level)
        {
            return false;
        }

        if (sel.Code is { } code)
        {
            var digits = r.Code?.Digits;
            if (digits is null || (sel.Prefix ? digits.Length <= code.Length || !digits.StartsWith(code, StringComparison.Ordinal) : digits != code))
            {
                return false;
            }
        }

        return sel.NormalizedName is null || RowNames.Match(RowNames.Of(r), sel.NormalizedName);
    }

    /// <summary>Same normalised name, or the row's name is the selector's plus a bracketed note ("使用非财政拨款结余（含专用结余）").</summary>


    private Value Column(BoundColumn c)
    {
        switch (Eval(c.Source))
        {
            case MissingValue m:
                return m;
            case RowValue rv:
                return Cell(rv.Table, rv.Row, c.Column) is { } n
                    ? n
                    : new MissingValue(() => $"{TableNames.ShortName(rv.Table.Kind)}“{Describe(rv.Row)}”行的“{c.Column}”栏为空");
            case RowsValue rs:
                var values = rs.Rows.Select(r => Cell(rs.Table, r, c.Column)).OfType<NumberValue>().ToList();
                return new ColumnValue(values, $"{TableNames.ShortName(rs.Table.Kind)}“{c.Column}”栏");
            default:
                return new MissingValue("不是行");
        }
    }

    private static NumberValue? Cell(DisclosureTable table, TableRow row, string column)
    {
        var cell = row.Cell(column);
        if (cell?.Amount is not { } amount)
        {
            return null;
        }

        var minScale = table.Unit == AmountUnit.WanYuan ? 2 : 0;
        var at = cell.Location.File.Length > 0 || cell.Location.Line is not null ? cell.Location : row.Location;
        return new NumberValue(Interval.Of(amount, minScale), [new CellRef(table, row, column, amount, at)]);
    }

    private Value Call(BoundCall c)
    {
        var args = c.Arguments.Select(Eval).ToList();
        if (c.Function == "exists")
        {
            return new BoolValue(args[0] switch
            {
                TableValue t => t.Table is not null,
                MissingValue => false,
                _ => true,
            });
        }

        if (c.Function == "filled")
        {
            return new BoolValue(args[0] is TableValue { Table: { DeclaredEmpty: false } t } && t.Rows.Any(r => r.Cells.Any(k => k.Value.Amount is { Value: not 0 })));
        }

        if (c.Function == "sum")
        {
            return Sum(args);
        }

        if (args.OfType<MissingValue>().FirstOrDefault() is { } missing)
        {
            return missing;
        }

        switch (c.Function)
        {
            case "count":
                return new NumberValue(Interval.Exact(((RowsValue)args[0]).Rows.Count), []);
            case "abs":
                var n = (NumberValue)args[0];
                return n with { Interval = n.Interval.Abs() };
            case "min" or "max":
                var numbers = args.Cast<NumberValue>().ToList();
                var pick = c.Function == "min" ? numbers.MinBy(x => x.Interval.Value)! : numbers.MaxBy(x => x.Interval.Value)!;
                return pick;
            case "children":
                var parent = (RowValue)args[0];
                return new RowsValue(parent.Table, parent.Row.Code is { } code
                    ? parent.Table.Rows.Where(r => r.Code is { } rc && rc.Kind == code.Kind && IsChild(rc.Digits, code.Digits)).ToList()
                    : []);
            default:
                return new MissingValue($"未实现的函数 {c.Function}");
        }
    }

    /// <summary>One level down: two more digits on the same prefix (201 → 20106 → 2010601).</summary>
    private static bool IsChild(string child, string parent) =>
        child.Length == parent.Length + 2 && child.StartsWith(parent, StringComparison.Ordinal);

    /// <summary>Blank cells and absent rows are left out of a sum; a sum of nothing is "not checked".</summary>
    private static Value Sum(List<Value> args)
    {
        var parts = args.SelectMany(a => a switch
        {
            ColumnValue col => col.Values,
            NumberValue n => [n],
            _ => Enumerable.Empty<NumberValue>(),
        }).ToList();
        if (parts.Count == 0)
        {
            return new MissingValue(args.OfType<ColumnValue>().FirstOrDefault() is { } col ? $"{col.Label}全部为空" : args.OfType<MissingValue>().First().Reason);
        }

        return new NumberValue(parts.Select(v => v.Interval).Aggregate((a, b) => a + b), [.. parts.SelectMany(v => v.Cells)]);
    }

    private Value Unary(BoundUnary u) => Eval(u.Operand) switch
    {
        MissingValue m => m,
        NumberValue n => n with { Interval = -n.Interval },
        BoolValue b => new BoolValue(!b.Value, b.Comparison),
        _ => new MissingValue("类型错误"),
    };

    private Value Binary(BoundBinary b)
    {
        if (b.Operator is "and" or "or")
        {
            return Logical(b);
        }

        var left = Eval(b.Left);
        if (b.Operator == "??")
        {
            return left is MissingValue { TableAbsent: false } ? Eval(b.Right) : left;
        }

        var right = Eval(b.Right);
        if (FirstMissing(left, right) is { } missing)
        {
            return missing;
        }

        var l = (NumberValue)left;
        var r = (NumberValue)right;
        switch (b.Operator)
        {
            case "+": return new NumberValue(l.Interval + r.Interval, Concat(l.Cells, r.Cells));
            case "-": return new NumberValue(l.Interval - r.Interval, Concat(l.Cells, r.Cells));
            case "*": return new NumberValue(l.Interval * r.Interval, Concat(l.Cells, r.Cells));
            case "/":
                return Interval.Divide(l.Interval, r.Interval) is { } q ? new NumberValue(q, Concat(l.Cells, r.Cells)) : new MissingValue("除数为零或可能为零");
        }

        var (li, ri) = (l.Interval, r.Interval);
        var holds = b.Operator switch
        {
            "=" => li.Overlaps(ri),
            "!=" => !li.Overlaps(ri),
            "<" => li.Lower < ri.Upper,
            "<=" => li.Lower <= ri.Upper,
            ">" => li.Upper > ri.Lower,
            _ => li.Upper >= ri.Lower,
        };
        var gap = holds && b.Operator is "=" or "<=" or ">=" && RoundingOnly(b.Operator, li, ri);
        return new BoolValue(holds, new Comparison(b.Operator, li, ri, l.Cells, r.Cells), gap);
    }

    private static MissingValue? FirstMissing(Value left, Value right) => left as MissingValue ?? right as MissingValue;

    private static IReadOnlyList<CellRef> Concat(IReadOnlyList<CellRef> a, IReadOnlyList<CellRef> b) =>
        a.Count == 0 ? b : b.Count == 0 ? a : [.. a, .. b];

    private static bool RoundingOnly(string op, Interval l, Interval r) => op switch
    {
        "=" => l.Value != r.Value,
        "<=" => l.Value > r.Value,
        _ => l.Value < r.Value,
    };

    private Value Logical(BoundBinary b)
    {
        var left = Eval(b.Left);
        var isAnd = b.Operator == "and";
        if (left is BoolValue lb && lb.Value != isAnd)
        {
            return lb;
        }

        var right = Eval(b.Right);
        if (right is BoolValue rb && rb.Value != isAnd)
        {
            return rb;
        }

        if (FirstMissing(left, right) is { } missing)
        {
            return missing;
        }

        var l = (BoolValue)left;
        var r = (BoolValue)right;
        return new BoolValue(isAnd, l.Comparison ?? r.Comparison, l.RoundingGap || r.RoundingGap);
    }

    internal static string Describe(TableRow row) =>
        row.Code is { } code ? $"{code.Digits} {CatalogNames.StripListNumber(row.Name)}" : (row.Section is null ? row.Name : $"{row.Section}:{row.Name}");
}
