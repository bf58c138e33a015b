using System.Text.RegularExpressions;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.Claims;

/// <summary>Claims about a budget and its execution: 完成…%, 执行率, 决算数大于/小于/等于预算数.</summary>
internal sealed partial class TextClaimCheck
{
    /// <summary>The budget and the actual amount among <paramref name="mentions"/> ("年初预算为…，支出决算为…").</summary>
    private static (Mention Budget, Mention Actual)? BudgetPair(IEnumerable<Mention> mentions)
    {
        var before = mentions.Where(m => m.Kind == MentionKind.Amount && !m.IsChange).ToList();
        var budget = before.LastOrDefault(m => m.Prefix.Contains("预算", StringComparison.Ordinal) && !m.Prefix.Contains("决算", StringComparison.Ordinal));
        var actual = before.LastOrDefault(m => m != budget && !m.Prefix.Contains("预算", StringComparison.Ordinal) && (m.Prefix.Contains("决算", StringComparison.Ordinal) || m.Prefix.Contains("执行", StringComparison.Ordinal) || m.Prefix.Contains("实际", StringComparison.Ordinal) || m.Prefix.Contains("支出", StringComparison.Ordinal)));
        return budget is null || actual is null ? null : (budget, actual);
    }

    /// <summary>The budget and actual of the sentence before, when it is in the same paragraph ("…为X万元，…为Y万元。完成…%").</summary>
    private (Mention Budget, Mention Actual)? PreviousPair(int index, NarrativeSentence s) =>
        index > 0 && _sentences[index - 1].Paragraph == s.Paragraph ? BudgetPair(_sentences[index - 1].Mentions) : null;

    /// <summary>"决算数大于/小于/等于预算数" must fit the budget and actual stated in the sentence or the one before.</summary>
    private void CheckBudgetWords(int index, NarrativeSentence s)
    {
        var m = BudgetWords().Match(s.Text);
        if (!m.Success)
        {
            return;
        }

        var pair = BudgetPair(s.Mentions.Where(x => x.End <= m.Index)) ?? PreviousPair(index, s);
        if (pair is not { } p)
        {
            return;
        }

        var (actual, budget) = (Interval.Of(p.Actual.InWan), Interval.Of(p.Budget.InWan));
        var contradicted = m.Groups["w"].Value switch
        {
            "大于" or "高于" => actual.Upper <= budget.Lower,
            "小于" or "低于" => actual.Lower >= budget.Upper,
            _ => !actual.Overlaps(budget),
        };
        if (contradicted)
        {
            _context.Report(BuiltInRules.TextDirection, At(s), CheckMessages.BudgetComparison(m.Value, p.Actual.Printed, p.Budget.Printed), p.Budget.Value.Value, p.Actual.Value.Value);
        }
        else
        {
            _context.Pass();
        }
    }

    private void CheckCompletion(int index, NarrativeSentence s, Mention p)
    {
        if ((BudgetPair(s.Mentions.Where(m => m.End <= p.Start)) ?? PreviousPair(index, s)) is not var (budget, actual))
        {
            _context.Skip(BuiltInRules.TextRate.Id, CheckMessages.NoBudgetPair);
            return;
        }

        CheckPercent(
            BuiltInRules.TextRate,
            s,
            p,
            Interval.Of(actual.InWan),
            Interval.Of(budget.InWan),
            e => CheckMessages.RateMismatch(budget.Printed, actual.Printed, p.Printed, e),
            e => $"{actual.Value} ÷ {budget.Value} × 100% = {e}%");
    }

    [GeneratedRegex(@"决算数?(?<w>大于|小于|等于|高于|低于)(?:年初)?预算数?(?![（(])")]
    private static partial Regex BudgetWords();
}
