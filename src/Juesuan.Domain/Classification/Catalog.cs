using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Juesuan.Domain.Classification;

/// <summary>
/// A classification catalog of one edition, read from the TSV data shipped with the project
/// (Classification/Data/{function|economic}-YYYY.tsv). Lookups never throw: an unknown
/// code answers null and the caller reports a diagnostic.
/// </summary>
public sealed class Catalog
{
    private static readonly ConcurrentDictionary<(ClassificationKind, int), Catalog> Cache = new();
    private readonly FrozenDictionary<string, CatalogEntry> entries;
    private readonly FrozenDictionary<string, CatalogEntry> classesByName;

    private Catalog(ClassificationKind kind, int edition, IEnumerable<CatalogEntry> entries)
    {
        Kind = kind;
        Edition = edition;
        this.entries = entries.ToFrozenDictionary(e => e.Code.Digits, StringComparer.Ordinal);
        var byName = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var e in this.entries.Values.Where(e => e.Code.Level == 1))
        {
            byName.TryAdd(CatalogNames.Normalize(e.Name), e);
            foreach (var alias in e.Aliases)
            {
                byName.TryAdd(CatalogNames.Normalize(alias), e);
            }
        }

        classesByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The classification.</summary>
    public ClassificationKind Kind { get; }

    /// <summary>The edition year of the data file used.</summary>
    public int Edition { get; }

    /// <summary>All entries, ordered by code.</summary>
    public IEnumerable<CatalogEntry> Entries => entries.Values.OrderBy(e => e.Code.Digits, StringComparer.Ordinal);

    /// <summary>Number of codes.</summary>
    public int Count => entries.Count;

    /// <summary>The catalog in force for <paramref name="fiscalYear"/>: the newest edition not after it, else the oldest.</summary>
    public static Catalog For(ClassificationKind kind, int fiscalYear)
    {
        var editions = CatalogData.Editions(kind);
        if (editions.Count == 0)
        {
            throw new InvalidOperationException($"No {kind} catalog is embedded.");
        }

        var edition = editions.Where(y => y <= fiscalYear).DefaultIfEmpty(editions.Min()).Max();
        return Cache.GetOrAdd((kind, edition), key => new Catalog(key.Item1, key.Item2, CatalogData.Read(key.Item1, key.Item2)));
    }

    /// <summary>The entry of a code, or null when the catalog does not know it.</summary>
    public CatalogEntry? Find(ClassificationCode code) =>
        code.Kind == Kind && entries.TryGetValue(code.Digits, out var e) ? e : null;

    /// <summary>The entry of a code's digits, or null.</summary>
    public CatalogEntry? Find(string digits) => entries.TryGetValue(digits, out var e) ? e : null;

    /// <summary>The 类 whose name matches a printed line such as "一、一般公共服务支出", or null.</summary>
    public CatalogEntry? FindClassByName(string printed) =>
        classesByName.TryGetValue(CatalogNames.Normalize(printed), out var e) ? e : null;
}
