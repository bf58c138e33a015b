using Juesuan.Domain.Diagnostics;

namespace Juesuan.Rules.Binding;

/// <summary>A rule ready to evaluate: bound expressions plus what the reader of a finding needs.</summary>
public sealed record CompiledRule
{
    /// <summary>Rule id.</summary>
    public required string Id { get; init; }

    /// <summary>Severity of a failure.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Rule file it came from.</summary>
    public required string File { get; init; }

    /// <summary>Line of the rule in its file.</summary>
    public required int Line { get; init; }

    /// <summary>The assertion.</summary>
    public required BoundExpr Assert { get; init; }

    /// <summary>Document kind of the file (决算, 自评, 全部).</summary>
    public string DocumentKind { get; init; } = "全部";

    /// <summary>First report year the rule applies to.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Last report year the rule applies to.</summary>
    public int? LastYear { get; init; }

    /// <summary>Loop variable, when the rule iterates rows.</summary>
    public string? Variable { get; init; }

    /// <summary>Rows to iterate.</summary>
    public BoundExpr? ForRows { get; init; }

    /// <summary>Applicability condition.</summary>
    public BoundExpr? When { get; init; }

    /// <summary>Message template.</summary>
    public string? Message { get; init; }

    /// <summary>Explanation.</summary>
    public string? Explain { get; init; }
}
