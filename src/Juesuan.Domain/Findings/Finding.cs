using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Findings;

/// <summary>
/// One problem found by an audit: which rule, how serious, where, and the computation that
/// shows it (expected against actual, with the cells that went into it).
/// </summary>
public sealed record Finding
{
    /// <summary>Rule id, e.g. <c>T01-01</c> or <c>TX-RATE</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>Error, warning or info.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The Chinese message a person reads.</summary>
    public required string Message { get; init; }

    /// <summary>Where the offending cell or sentence starts.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Short rule title.</summary>
    public string? Title { get; init; }

    /// <summary>What the figures give, for numeric rules.</summary>
    public decimal? Expected { get; init; }

    /// <summary>What the document prints, for numeric rules.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The computation in words, e.g. "224.09 → 235.81：105.23%".</summary>
    public string? Computation { get; init; }

    /// <summary>Why the rule exists and what to do about it.</summary>
    public string? Explanation { get; init; }

    /// <summary>The figures that went into the computation.</summary>
    public IReadOnlyList<FindingInput> Inputs { get; init; } = [];

    /// <summary>Compiler-style one-liner: <c>file:line: error RULE: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Rule}: {Message}";
}
