namespace Juesuan.Rules.Language.Syntax;

/// <summary>
/// What is written between the brackets of <c>table[…]</c>: <c>*</c>, a level (类/款/项), a code,
/// a code prefix (<c>201*</c>), a section and name (<c>收入:总计</c>), a name, or a row variable.
/// </summary>
public sealed record SelectorSyntax
{
    /// <summary>Where the selector was written.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>All rows.</summary>
    public bool All { get; init; }

    /// <summary>类, 款 or 项, when given.</summary>
    public string? Level { get; init; }

    /// <summary>A classification code, when given.</summary>
    public string? Code { get; init; }

    /// <summary>True when the code is a prefix (<c>201*</c>): rows under it, not the row itself.</summary>
    public bool Prefix { get; init; }

    /// <summary>收入 or 支出 in two-sided tables.</summary>
    public string? Section { get; init; }

    /// <summary>A row name; a bare name may instead be a row variable (the binder decides).</summary>
    public string? Name { get; init; }

    /// <summary>True when the name was written as a bare identifier (so it may be a variable).</summary>
    public bool NameIsIdentifier { get; init; }
}
