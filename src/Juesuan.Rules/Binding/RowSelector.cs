namespace Juesuan.Rules.Binding;

/// <summary>A resolved row selector (see <see cref="Language.Syntax.SelectorSyntax"/>).</summary>
public sealed record RowSelector
{
    private string? _normalized;

    /// <summary>All rows.</summary>
    public bool All { get; init; }

    /// <summary>1 = 类, 2 = 款, 3 = 项.</summary>
    public int? Level { get; init; }

    /// <summary>Code digits (spaces removed).</summary>
    public string? Code { get; init; }

    /// <summary>Code is a prefix: rows strictly under it.</summary>
    public bool Prefix { get; init; }

    /// <summary>收入 / 支出.</summary>
    public string? Section { get; init; }

    /// <summary>Row name.</summary>
    public string? Name { get; init; }

    /// <summary>The row name normalised once at bind time (<see cref="Domain.Classification.CatalogNames.Normalize"/>).</summary>
    public string? NormalizedName => Name is null ? null : _normalized ??= Domain.Classification.CatalogNames.Normalize(Name);

    /// <summary>Loop variable: the row of this table with the same code (or name and section).</summary>
    public string? SameAs { get; init; }

    /// <summary>True when the selector picks one row (a code, a name, a variable).</summary>
    public bool IsSingle => !All && Level is null && !Prefix && (Code is not null || Name is not null || SameAs is not null);

    /// <summary>How the selector reads in messages.</summary>
    public override string ToString() =>
        All ? "*" : SameAs ?? string.Concat(Level switch { 1 => "类", 2 => "款", 3 => "项", _ => string.Empty }, Code, Prefix ? "*" : string.Empty, Section is null ? string.Empty : Section + ":", Name);
}
