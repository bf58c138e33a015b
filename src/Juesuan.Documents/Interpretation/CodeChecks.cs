using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>Checks every row code against the catalog of the report's year.</summary>
internal static class CodeChecks
{
    public static void Run(IEnumerable<DisclosureTable> tables, int year, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
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
