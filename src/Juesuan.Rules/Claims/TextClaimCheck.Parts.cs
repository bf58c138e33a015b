using Juesuan.Rules.Checking;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.Claims;

/// <summary>
/// Claims that parts make a whole: "A万元，其中：a万元、b万元" (the parts cannot exceed the whole;
/// 人员经费 + 公用经费 and 货物 + 工程 + 服务 must add up to it) and "a万元，b万元，合计C万元".
/// </summary>
internal sealed partial class TextClaimCheck
{
    private static readonly string[][] CompleteSplits =
    [
        ["人员经费", "公用经费"],
        ["货物", "工程", "服务"],
    ];

    private void CheckParts(NarrativeSentence s)
    {
        var amounts = s.Mentions.Where(m => m.Kind == MentionKind.Amount && !m.IsChange).ToList();
        if (amounts.Count < 3)
        {
            return;
        }

        CheckTrailingTotal(s, amounts);
        var at = s.Text.IndexOf("其中", StringComparison.Ordinal);
        if (at < 0 || amounts.LastOrDefault(m => m.End <= at) is not { } whole)
        {
            return;
        }

        var next = s.Text.IndexOf("其中", at + 2, StringComparison.Ordinal);
        var end = next < 0 ? s.Text.Length : next;
        // The list ends where a new statement starts: a carry-over, a year-end balance, another total.
        var parts = amounts.Where(m => m.Start > at && m.End <= end).TakeWhile(m => !EndsList(m)).ToList();
        if (parts.Count < 2)
        {
            return;
        }

        var sum = parts.Select(p => Interval.Of(p.InWan)).Aggregate((a, b) => a + b);
        var total = Interval.Of(whole.InWan);
        var complete = CompleteSplits.Any(split => split.Length == parts.Count && split.All(word => parts.Count(p => p.Subject.Contains(word, StringComparison.Ordinal)) == 1));
        if (complete ? sum.Overlaps(total) : sum.Lower <= total.Upper)
        {
            _context.Pass();
            return;
        }

        var printed = string.Join(" + ", parts.Select(p => p.Value.ToString()));
        _context.Report(BuiltInRules.TextSum, At(s), CheckMessages.PartsDisagree(whole.Subject, whole.Printed, sum.Format(), complete), sum.Value, whole.InWan.Value, $"{printed} = {sum.Format()}");
    }

    private static bool EndsList(Mention m) =>
        m.Subject.Contains("结转", StringComparison.Ordinal) || m.Subject.Contains("结余", StringComparison.Ordinal) || m.Subject.Contains("上年", StringComparison.Ordinal)
        || m.Subject.Contains("合计", StringComparison.Ordinal) || m.Subject.Contains("总计", StringComparison.Ordinal) || m.Subject.Contains("实际", StringComparison.Ordinal)
        || m.Subject.Contains("授予", StringComparison.Ordinal) || m.Subject.Contains("中小企业", StringComparison.Ordinal) || m.Subject.Contains("预算", StringComparison.Ordinal);

    /// <summary>"收到财政资金205.83万元，年初结转结余1万元，合计215.83万元": the plain amounts before 合计 add up to it.</summary>
    private void CheckTrailingTotal(NarrativeSentence s, List<Mention> amounts)
    {
        var last = amounts[^1];
        var word = last.Prefix.Trim();
        if (word is not ("合计" or "共计" or "总计" or "合计为" or "共计为" or "总计为") || amounts.Take(amounts.Count - 1).Any(m => m.Prefix.Contains("其中", StringComparison.Ordinal) || m.Prefix.Contains("合计", StringComparison.Ordinal) || m.Prefix.Contains("总计", StringComparison.Ordinal)))
        {
            return;
        }

        var parts = amounts.Take(amounts.Count - 1).ToList();
        var sum = parts.Select(p => Interval.Of(p.InWan)).Aggregate((a, b) => a + b);
        if (sum.Overlaps(Interval.Of(last.InWan)))
        {
            _context.Pass();
            return;
        }

        var printed = string.Join(" + ", parts.Select(p => p.Value.ToString()));
        _context.Report(BuiltInRules.TextSum, At(s), CheckMessages.PartsDisagree(word, last.Printed, sum.Format(), complete: true), sum.Value, last.InWan.Value, $"{printed} = {sum.Format()}");
    }
}
