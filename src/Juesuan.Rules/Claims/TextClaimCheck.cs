using System.Text.RegularExpressions;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.Claims;

/// <summary>
/// Turns each sentence of 情况说明 and the self-evaluation reports into claims — amounts,
/// shares (占…%), completion rates (完成…%), changes (增加/减少 X 万元, 增长/降低 Y%) — and checks
/// them against the tables and against each other, with every figure as an interval.
/// </summary>
internal sealed partial class TextClaimCheck
{
    private readonly CheckContext _context;
    private readonly IReadOnlyList<NarrativeSentence> _sentences;
    private readonly Dictionary<string, (Interval Prior, SourceLocation At)> _priors = [];
    private readonly HashSet<Mention> _unitChecked = new(ReferenceEqualityComparer.Instance);

    public TextClaimCheck(CheckContext context, IReadOnlyList<NarrativeSentence> sentences)
    {
        _context = context;
        _sentences = sentences;
    }

    public void Run()
    {
        for (var i = 0; i < _sentences.Count; i++)
        {
            var s = _sentences[i];
            if (s.Paragraph.Part.HasFlag(DocumentPart.Glossary))
            {
                continue;
            }

            CheckBudgetWords(i, s);
            if (s.Mentions.Count == 0)
            {
                continue;
            }

            CheckAmounts(s);
            foreach (var p in s.Mentions.Where(m => m.Kind == MentionKind.Percent))
            {
                if (IsShare(s, p))
                {
                    CheckShare(i, s, p);
                }
                else if (IsCompletion(s, p))
                {
                    CheckCompletion(i, s, p);
                }
            }

            CheckChanges(i, s);
            CheckParts(s);
        }

        CheckUnits();
    }

    /// <summary>An amount in 元 that equals a 万元 figure stated elsewhere (text or tables) is most likely a unit slip.</summary>
    private void CheckUnits()
    {
        var yuan = _sentences.SelectMany(s => s.Mentions.Where(m => m.Unit == Domain.Amounts.AmountUnit.Yuan && !_unitChecked.Contains(m)).Select(m => (s, m))).ToList();
        if (yuan.Count == 0)
        {
            return;
        }

        var wan = _sentences.SelectMany(s => s.Mentions).Where(m => m.Unit == Domain.Amounts.AmountUnit.WanYuan && m.Value.Value != 0).Select(m => m.Value.Value)
            .Concat(_context.Document.Tables.Where(t => t.Unit == Domain.Amounts.AmountUnit.WanYuan).SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Value.Amount?.Value ?? 0).Where(v => v != 0))
            .ToHashSet();
        foreach (var (s, m) in yuan)
        {
            if (m.Value.Value is > 0 and < 10000 && m.Value.Scale > 0 && wan.Contains(m.Value.Value))
            {
                _context.Report(BuiltInRules.TextUnit, At(s), CheckMessages.UnitSlipAnywhere(m.Prefix.Trim() + m.Printed, m.Value + "万元"));
            }
        }
    }

    private static SourceLocation At(NarrativeSentence s) => s.Paragraph.Location;

    /// <summary>
    /// Whether a printed percentage agrees with the interval the figures give: yes, off by one
    /// unit of its last digit (truncated instead of rounded: reported as info), or no.
    /// </summary>
    private static Verdict Judge(Domain.Amounts.Amount printed, Interval expected)
    {
        var p = Interval.Of(printed);
        if (p.Overlaps(expected))
        {
            return Verdict.Agrees;
        }

        var unit = p.Radius * 2;
        return new Interval(p.Value - unit, p.Value + unit, p.Value).Overlaps(expected) ? Verdict.LastDigit : Verdict.Disagrees;
    }

    private enum Verdict
    {
        Agrees,
        LastDigit,
        Disagrees,
    }

    private void CheckAmounts(NarrativeSentence s)
    {
        var explanation = s.Paragraph.Part.HasFlag(DocumentPart.Explanation);

        // Outside 情况说明 only the department-level split ("其中：基本支出…，项目支出…") is a
        // statement about the whole department; a project report's 项目支出 is one project's.
        if (!explanation && !(s.Text.Contains("基本支出", StringComparison.Ordinal) && s.Text.Contains("项目支出", StringComparison.Ordinal)))
        {
            return;
        }

        var rule = explanation ? BuiltInRules.TextAmount : BuiltInRules.Fund;
        string? item = null;
        foreach (var m in s.Mentions)
        {
            item = SubjectResolver.ThreePublicItem(m.Prefix) ?? item;
            if (m.Kind != MentionKind.Amount || m.IsChange)
            {
                continue;
            }

            var topic = explanation ? s.Topic : Topic.Expenditure;
            if (!explanation && !m.Subject.EndsWith("支出", StringComparison.Ordinal))
            {
                continue;
            }

            if (SubjectResolver.Resolve(_context.Document, topic, m.Subject, item) is not { } resolved)
            {
                continue;
            }

            var printed = Interval.Of(m.InWan);
            if (resolved.Figures.Any(f => f.Interval.Overlaps(printed)))
            {
                _context.Pass();
                continue;
            }

            var f0 = resolved.Figures[0];
            if (m.Unit == Domain.Amounts.AmountUnit.Yuan && resolved.Figures.Any(f => f.Interval.Overlaps(Interval.Of(m.Value))))
            {
                _unitChecked.Add(m);
                _context.Report(BuiltInRules.TextUnit, At(s), CheckMessages.UnitSlip(m.Printed, resolved.Item, f0.Interval.Format()), f0.Interval.Value, m.Value.Value, inputs: f0.Inputs);
                continue;
            }

            _context.Report(rule, At(s), CheckMessages.AmountMismatch(resolved.Item, m.Printed, f0.Interval.Format()), f0.Interval.Value, m.InWan.Value, CheckMessages.Versus(m.Printed, f0.Inputs), f0.Inputs);
        }
    }

    private static bool IsShare(NarrativeSentence s, Mention p) =>
        p.Prefix.Contains('占', StringComparison.Ordinal) && !p.Prefix.Contains("占用", StringComparison.Ordinal) && !IsCompletion(s, p);

    /// <summary>"完成年初预算的…%", "预算执行率…%", "占年初预算的…%".</summary>
    private static bool IsCompletion(NarrativeSentence s, Mention p) =>
        p.Prefix.Contains("预算", StringComparison.Ordinal) && (p.Prefix.Contains("完成", StringComparison.Ordinal) || p.Prefix.Contains("执行率", StringComparison.Ordinal) || p.Prefix.Contains('占', StringComparison.Ordinal));

    private void CheckShare(int index, NarrativeSentence s, Mention p)
    {
        var numerator = s.Mentions.LastOrDefault(m => m.End <= p.Start && m.Kind == MentionKind.Amount && !m.IsChange);
        if (numerator is null)
        {
            return; // a share of counts or persons, not of money
        }

        var name = ShareBase(p.Prefix);
        var denominator = name is null ? Headline(index, s, numerator) : Named(index, s, name);
        if (denominator is null)
        {
            _context.Skip(BuiltInRules.TextShare.Id, CheckMessages.NoDenominator(name));
            return;
        }

        var whole = denominator.Value;
        CheckPercent(
            BuiltInRules.TextShare,
            s,
            p,
            Interval.Of(numerator.InWan),
            whole.Interval,
            e => CheckMessages.ShareMismatch(numerator.Printed, whole.Label, p.Printed, e),
            e => $"{numerator.Value} ÷ {whole.Label} × 100% = {e}%",
            whole.Inputs);
    }

    /// <summary>
    /// A printed percentage against part ÷ whole × 100 as intervals: passes, is off by one last
    /// digit (info), or is wrong; a whole that may be zero is not checked.
    /// </summary>
    private void CheckPercent(BuiltInRule rule, NarrativeSentence s, Mention percent, Interval part, Interval whole, Func<string, string> message, Func<string, string> computation, IReadOnlyList<FindingInput>? inputs = null)
    {
        if (Interval.Divide(part, whole) is not { } ratio)
        {
            _context.Skip(rule.Id, CheckMessages.ZeroDenominator);
            return;
        }

        var expected = ratio * Interval.Exact(100);
        var verdict = Judge(percent.Value, expected);
        if (verdict == Verdict.Agrees)
        {
            _context.Pass();
            return;
        }

        var lastDigit = verdict == Verdict.LastDigit;
        var text = message(expected.Format());
        _context.Report(rule, At(s), lastDigit ? text + CheckMessages.LastDigit : text, decimal.Round(expected.Value, 2), percent.Value.Value, computation(expected.Format()), inputs, lastDigit ? Severity.Info : null);
    }

    /// <summary>The name after 占 and before 的 ("占基本支出的" → 基本支出), or null for a bare "占".</summary>
    private static string? ShareBase(string prefix)
    {
        var i = prefix.LastIndexOf('占');
        var rest = prefix[(i + 1)..].Trim();
        var de = rest.LastIndexOf('的');
        var name = (de >= 0 ? rest[..de] : rest).Trim();
        return name.Length == 0 || name == "比" ? null : name;
    }

    private (Interval Interval, string Label, IReadOnlyList<FindingInput> Inputs)? Headline(int index, NarrativeSentence s, Mention numerator)
    {
        var first = s.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Amount && !m.IsChange);
        if (first is not null && first != numerator)
        {
            return (Interval.Of(first.InWan), first.Printed, []);
        }

        for (var j = index - 1; j >= 0 && j >= index - 4; j--)
        {
            var prev = _sentences[j];
            if (prev.Section != s.Section)
            {
                break;
            }

            if (prev.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Amount && !m.IsChange) is { } head)
            {
                return (Interval.Of(head.InWan), head.Printed, []);
            }
        }

        return null;
    }

    private (Interval Interval, string Label, IReadOnlyList<FindingInput> Inputs)? Named(int index, NarrativeSentence s, string name)
    {
        for (var j = index; j >= 0 && j >= index - 4; j--)
        {
            var sentence = _sentences[j];
            var candidates = sentence.Mentions.Where(m => m.Kind == MentionKind.Amount && !m.IsChange && m.Subject.EndsWith(name, StringComparison.Ordinal));
            if (candidates.FirstOrDefault() is { } m)
            {
                return (Interval.Of(m.InWan), m.Printed, []);
            }
        }

        if (SubjectResolver.Resolve(_context.Document, s.Topic, SubjectResolver.Clean(name), null) is { } resolved)
        {
            var f = resolved.Figures[0];
            return (f.Interval, $"{resolved.Item} {f.Interval.Format()}万元", f.Inputs);
        }

        return null;
    }
}
