using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Findings;

/// <summary>The audit of one document.</summary>
public sealed record CheckReport
{
    /// <summary>The file audited.</summary>
    public required string Path { get; init; }

    /// <summary>Department named in the document, when found.</summary>
    public string? Department { get; init; }

    /// <summary>Report year, when found.</summary>
    public int? Year { get; init; }

    /// <summary>Findings in document order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Rules that could not be evaluated, with the reason.</summary>
    public IReadOnlyList<NotChecked> NotChecked { get; init; } = [];

    /// <summary>Number of rule instances evaluated and passed.</summary>
    public int Passed { get; init; }

    /// <summary>Set when the file could not be read at all; then there are no findings.</summary>
    public Diagnostic? InputFailure { get; init; }

    /// <summary>Number of findings of a severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>True when at least one error-level finding exists.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
