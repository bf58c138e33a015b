using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Binding;

namespace Juesuan.Rules.Evaluation;

/// <summary>How one rule instance came out.</summary>
public enum OutcomeStatus
{
    /// <summary>The assertion holds exactly.</summary>
    Passed,

    /// <summary>The assertion holds only within rounding (values differ, intervals overlap).</summary>
    RoundingGap,

    /// <summary>The assertion fails: the intervals cannot agree.</summary>
    Failed,

    /// <summary>An input is missing; never counted as passed.</summary>
    NotChecked,

    /// <summary>The <c>when</c> condition is false.</summary>
    NotApplicable,
}

/// <summary>The result of one rule on one document (or one row, for <c>for</c> rules).</summary>
public sealed record RuleOutcome
{
    /// <summary>The rule.</summary>
    public required CompiledRule Rule { get; init; }

    /// <summary>Result.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>The loop row, described ("201 一般公共服务支出").</summary>
    public string? Row => LoopRow is null ? null : RuleEvaluator.Describe(LoopRow);

    /// <summary>The loop row, for <c>for</c> rules.</summary>
    public Domain.Tables.TableRow? LoopRow { get; init; }

    /// <summary>The top comparison, for numeric rules.</summary>
    public Comparison? Comparison { get; init; }

    /// <summary>What was missing, for <see cref="OutcomeStatus.NotChecked"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>Where the finding points: the first printed figure of the left side, or the row.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>All figures that went in.</summary>
    public IReadOnlyList<FindingInput> Inputs => Comparison is null ? [] : [.. Comparison.LeftInputs, .. Comparison.RightInputs];
}
