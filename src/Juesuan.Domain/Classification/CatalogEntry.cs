namespace Juesuan.Domain.Classification;

/// <summary>One code of a catalog with its official name and the variants documents print.</summary>
public sealed record CatalogEntry(ClassificationCode Code, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>True when <paramref name="printed"/> is the official name or a known variant, ignoring spacing and suffixes such as "（类）".</summary>
    public bool NameMatches(string printed)
    {
        var p = CatalogNames.Normalize(printed);
        return p == CatalogNames.Normalize(Name) || Aliases.Any(a => CatalogNames.Normalize(a) == p);
    }
}
