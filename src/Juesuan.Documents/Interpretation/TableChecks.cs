using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Checks made while reading: every row code against the catalog of the report's year, and
/// every value cell of a standard table for text that is not a number.
/// </summary>
internal static class TableChecks
{
    /// <summary>Marks printed for "nothing here" that are neither a number nor an error.</summary>
    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "-", "—", "——", "－", "/", "／", "…", "……" };

    public static void Run(IEnumerable<DisclosureTable> tables, int year, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                if (TableKinds.Standard.Contains(table.Kind))
                {
                    foreach (var (column, cell) in row.Cells)
                    {
                        if (cell.Amount is null && cell.Text.Length > 0 && !Dashes.Contains(cell.Text.Trim()))
                        {
                            diagnostics.Add(DiagnosticCodes.NotANumber(cell.Location, cell.Text, column));
                        }
                    }
                }

                if (row.Code is not { } code || row.Section is not null)
                {
                    continue;
                }

                var catalog = Catalog.For(code.Kind, year);
                var kindName = code.Kind == ClassificationKind.Function ? "功能分类" : "经济分类";
                var entry = catalog.Find(code);
                if (entry is null)
                {
                    if (seen.Add(code.Digits))
                    {
                        diagnostics.Add(DiagnosticCodes.UnknownCode(row.Location, code.Digits, kindName));
                    }
                }
                else if (row.Name.Length > 0 && !entry.NameMatches(row.Name) && seen.Add(code.Digits + "/" + row.Name))
                {
                    diagnostics.Add(DiagnosticCodes.CodeNameMismatch(row.Location, code.Digits, row.Name, entry.Name));
                }
            }
        }
    }
}
