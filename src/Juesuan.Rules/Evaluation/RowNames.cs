using System.Runtime.CompilerServices;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Rules.Evaluation;

/// <summary>
/// Normalised row names (<see cref="CatalogNames.Normalize"/>), computed once per row and kept
/// as long as the row lives: name lookups run for every rule on every document.
/// </summary>
internal static class RowNames
{
    private static readonly ConditionalWeakTable<TableRow, string> Cache = [];

    /// <summary>The row's normalised name.</summary>
    public static string Of(TableRow row) => Cache.GetValue(row, r => CatalogNames.Normalize(r.Name));

    /// <summary>Same normalised name, or the row's is the wanted one plus a bracketed note ("使用非财政拨款结余（含专用结余）").</summary>
    public static bool Match(string normalizedRow, string normalizedWanted) =>
        normalizedRow == normalizedWanted
        || (normalizedRow.Length > normalizedWanted.Length && normalizedRow.StartsWith(normalizedWanted, StringComparison.Ordinal) && normalizedRow[normalizedWanted.Length] == '（');
}
