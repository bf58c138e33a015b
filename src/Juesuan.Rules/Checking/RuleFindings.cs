using System.Globalization;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.Checking;

/// <summary>Turns rule outcomes into findings with their messages and computations.</summary>
internal static class RuleFindings
{
    public static Finding From(RuleOutcome outcome, string file)
    {
        var rule = outcome.Rule;
        var c = outcome.Comparison;
        var row = outcome.Row is null ? string.Empty : $"（{outcome.Row}）";
        string message;
        if (c is null)
        {
            message = rule.Title + row;
        }
        else if (rule.Message is { } template)
        {
            message = template
                .Replace("{row}", outcome.Row ?? string.Empty, StringComparison.Ordinal)
                .Replace("{actual}", c.Left.Format(), StringComparison.Ordinal)
                .Replace("{expected}", c.Right.Format(), StringComparison.Ordinal)
                .Replace("{diff}", (c.Left - c.Right).Format(), StringComparison.Ordinal);
        }
        else
        {
            message = c.Operator switch
            {
                "=" => $"{rule.Title}{row}：印出 {c.Left.Format()}，按关系应为 {c.Right.Format()}，相差 {Diff(c)}",
                "<=" or "<" => $"{rule.Title}{row}：{c.Left.Format()} 大于 {c.Right.Format()}",
                ">=" or ">" => $"{rule.Title}{row}：{c.Left.Format()} 小于 {c.Right.Format()}",
                _ => $"{rule.Title}{row}：{c.Left.Format()} 与 {c.Right.Format()}",
            };
        }

        return new Finding
        {
            Rule = rule.Id,
            Severity = rule.Severity,
            Title = rule.Title,
            Message = message,
            Location = outcome.Location ?? SourceLocation.OfFile(file),
            Expected = c?.Right.Value,
            Actual = c?.Left.Value,
            Computation = c is null ? null : Computation(c),
            Explanation = rule.Explain,
            Inputs = outcome.Inputs,
        };
    }

    public static Finding Rounding(string table, List<RuleOutcome> gaps, string file)
    {
        var first = gaps[0];
        var c = first.Comparison!;
        var example = $"{first.Rule.Title}{(first.Row is null ? string.Empty : "（" + first.Row + "）")} {c.Left.Format()} 对 {c.Right.Format()}";
        var rule = BuiltInRules.Rounding;
        return new Finding
        {
            Rule = rule.Id,
            Severity = rule.Severity,
            Title = rule.Title,
            Message = CheckMessages.Rounding(table, gaps.Count, example),
            Location = first.Location ?? SourceLocation.OfFile(file),
            Expected = c.Right.Value,
            Actual = c.Left.Value,
            Computation = Computation(c),
            Explanation = rule.Explain,
            Inputs = first.Inputs,
        };
    }

    private static string Diff(Comparison c) => (c.Left.Value - c.Right.Value).ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Computation(Comparison c)
    {
        static string Side(IReadOnlyList<FindingInput> inputs, Interval v) =>
            inputs.Count <= 1 ? v.Format() : string.Join(" + ", inputs.Select(i => i.Value)) + " = " + v.Format();
        return string.Create(CultureInfo.InvariantCulture, $"{Side(c.LeftInputs, c.Left)} {c.Operator} {Side(c.RightInputs, c.Right)}；区间 [{c.Left.Lower}, {c.Left.Upper}] 与 [{c.Right.Lower}, {c.Right.Upper}]");
    }
}
