using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Tables;

/// <summary>One recognised table of a disclosure, in canonical form whatever the input format.</summary>
public sealed record DisclosureTable
{
    /// <summary>Which standard table it is.</summary>
    public TableKind Kind { get; init; }

    /// <summary>The title as printed (without bookmark leftovers).</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The printed label such as "公开02表", when present.</summary>
    public string? Label { get; init; }

    /// <summary>The money unit from the header.</summary>
    public AmountUnit Unit { get; init; }

    /// <summary>Column names in order (value columns only; code and name are on the row).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Rows in printed order.</summary>
    public IReadOnlyList<TableRow> Rows { get; init; } = [];

    /// <summary>True when the document says the table has no data ("本表无数据").</summary>
    public bool DeclaredEmpty { get; init; }

    /// <summary>Position in document order among paragraphs, tables and evaluations.</summary>
    public int Order { get; init; }

    /// <summary>Where the table starts.</summary>
    public SourceLocation Location { get; init; } = new();

    /// <summary>The row with a given code.</summary>
    public TableRow? Row(ClassificationCode code) => Rows.FirstOrDefault(r => r.Code == code);

    /// <summary>The first row whose name, normalised, equals <paramref name="name"/> (optionally within a section).</summary>
    public TableRow? Row(string name, string? section = null)
    {
        var n = CatalogNames.Normalize(name);
        return Rows.FirstOrDefault(r => (section is null || r.Section == section) && CatalogNames.Normalize(r.Name) == n);
    }
}
