using Juesuan.Domain.Diagnostics;

namespace Juesuan.Rules.Language.Syntax;

/// <summary>One <c>rule</c> as written.</summary>
public sealed record RuleSyntax
{
    /// <summary>Rule id.</summary>
    public required string Id { get; init; }

    /// <summary>Severity of a failure.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Where the rule starts.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Loop variable of <c>for x in rows</c>.</summary>
    public string? ForVariable { get; init; }

    /// <summary>Row set of the loop.</summary>
    public Expr? ForRows { get; init; }

    /// <summary>Condition under which the rule applies.</summary>
    public Expr? When { get; init; }

    /// <summary>The assertion; required.</summary>
    public Expr? Assert { get; init; }

    /// <summary>Message template; <c>{row}</c>, <c>{actual}</c>, <c>{expected}</c>, <c>{diff}</c> are filled in.</summary>
    public string? Message { get; init; }

    /// <summary>Explanation for the reader.</summary>
    public string? Explain { get; init; }
}
