using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.Claims;

/// <summary>Claims about year-on-year change: 增加/减少 X 万元, 增长/降低 Y%, 持平, and the prior-year figures they imply.</summary>
internal sealed partial class TextClaimCheck
{
    private void CheckChanges(int index, NarrativeSentence s)
    {
        for (var k = 0; k < s.Mentions.Count; k++)
        {
            var delta = s.Mentions[k];
            var pct = delta.Kind == MentionKind.Percent && delta.Direction != Direction.None && !IsShare(s, delta) && !IsCompletion(s, delta) ? delta : null;
            if (!delta.IsChange && pct is null)
            {
                continue;
            }

            if (FlatClause(s.Text, delta) && delta.Value.Value != 0)
            {
                _context.Report(BuiltInRules.TextDirection, At(s), CheckMessages.FlatButChanged(delta.Prefix.Trim() + delta.Printed));
                return;
            }

            if (pct is not null)
            {
                continue;
            }

            // "收、支总计235.81万元。与上年相比，减少13.6万元" — the figure may be in the sentence before.
            var current = s.Mentions.Take(k).LastOrDefault(m => m.Kind == MentionKind.Amount && !m.IsChange)
                ?? (index > 0 && _sentences[index - 1].Paragraph == s.Paragraph ? _sentences[index - 1].Mentions.LastOrDefault(m => m.Kind == MentionKind.Amount && !m.IsChange) : null);
            var percent = s.Mentions.Skip(k + 1).TakeWhile(m => !m.IsChange).FirstOrDefault(m => m.Kind == MentionKind.Percent && m.Direction != Direction.None && !IsShare(s, m) && !IsCompletion(s, m));
            if (percent is not null && percent.Direction != delta.Direction && percent.Value.Value != 0 && delta.Value.Value != 0)
            {
                _context.Report(BuiltInRules.TextDirection, At(s), CheckMessages.DirectionsDisagree(delta.Prefix.Trim() + delta.Printed, percent.Prefix.Trim() + percent.Printed));
                continue;
            }

            if (current is null)
            {
                continue;
            }

            var sign = delta.Direction == Direction.Up ? 1m : -1m;
            var prior = Interval.Of(current.InWan) - (Interval.Of(delta.InWan) * Interval.Exact(sign));
            RememberPrior(s, current, prior);
            if (percent is null)
            {
                continue;
            }

            if (prior.Upper <= 0)
            {
                _context.Skip(BuiltInRules.TextChange.Id, CheckMessages.ZeroDenominator);
                continue;
            }

            var priorText = prior.Format();
            CheckPercent(
                BuiltInRules.TextChange,
                s,
                percent,
                Interval.Of(delta.InWan),
                prior,
                e => CheckMessages.ChangeMismatch(current.Printed, delta.Prefix.Trim() + delta.Printed, priorText, percent.Prefix.Trim() + percent.Printed, e),
                e => $"上年 = {current.Value} {(sign > 0 ? "−" : "+")} {delta.Value} = {priorText}；{delta.Value} ÷ {priorText} × 100% = {e}%");
        }
    }

    /// <summary>True when the phrase holding the change (between commas) also says 持平 / 无变动.</summary>
    private static bool FlatClause(string sentence, Mention change)
    {
        char[] marks = ['，', ',', '；', ';', '：', ':'];
        var start = sentence.LastIndexOfAny(marks, Math.Max(0, change.Start - 1)) + 1;
        var end = sentence.IndexOfAny(marks, change.End);
        var clause = sentence[start..(end < 0 ? sentence.Length : end)];
        return clause.Contains("持平", StringComparison.Ordinal) || clause.Contains("无变动", StringComparison.Ordinal) || clause.Contains("无变化", StringComparison.Ordinal);
    }

    private void RememberPrior(NarrativeSentence s, Mention current, Interval prior)
    {
        var key = current.Subject + "|" + current.Value;
        if (_priors.TryGetValue(key, out var seen))
        {
            if (!seen.Prior.Overlaps(prior))
            {
                _context.Report(BuiltInRules.TextPrior, At(s), CheckMessages.PriorsDisagree(current.Subject, prior.Format(), seen.Prior.Format(), seen.At.Line), seen.Prior.Value, prior.Value);
            }

            return;
        }

        _priors[key] = (prior, At(s));
    }
}
