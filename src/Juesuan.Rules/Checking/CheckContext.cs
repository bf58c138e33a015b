using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;

namespace Juesuan.Rules.Checking;

/// <summary>What the checks of one document collect: findings, passes and not-checked items.</summary>
internal sealed class CheckContext(Disclosure document)
{
    private readonly Dictionary<(string Rule, string Reason), int> _skipped = [];

    public Disclosure Document { get; } = document;

    public List<Finding> Findings { get; } = [];

    public int Passed { get; private set; }

    public void Pass() => Passed++;

    public void Report(BuiltInRule rule, SourceLocation at, string message, decimal? expected = null, decimal? actual = null, string? computation = null, IReadOnlyList<FindingInput>? inputs = null, Severity? severity = null) =>
        Findings.Add(new Finding
        {
            Rule = rule.Id,
            Severity = severity ?? rule.Severity,
            Title = rule.Title,
            Message = message,
            Location = at,
            Expected = expected,
            Actual = actual,
            Computation = computation,
            Explanation = rule.Explain,
            Inputs = inputs ?? [],
        });

    /// <summary>Records that a check could not be made; repeated reasons are counted, not repeated.</summary>
    public void Skip(string rule, string reason) =>
        _skipped[(rule, reason)] = _skipped.GetValueOrDefault((rule, reason)) + 1;

    public IEnumerable<NotChecked> Skipped(Func<string, string> title) =>
        _skipped.Select(kv => new NotChecked(kv.Key.Rule, title(kv.Key.Rule), kv.Key.Reason, null, kv.Value));
}
