using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Pdf;

/// <summary>Appends the rows of a table continued on the next page, without its repeated header.</summary>
internal static class TableContinuation
{
    // A repeated header is at most this many rows of the original table's top.
    private const int HeaderRows = 6;

    public static void Append(List<LayoutRow> rows, IReadOnlyList<LayoutRow> next)
    {
        var header = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(HeaderRows, rows.Count); i++)
        {
            header.Add(Key(rows[i]));
        }

        var skip = 0;
        while (skip < next.Count && header.Contains(Key(next[skip])))
        {
            skip++;
        }

        for (var i = skip; i < next.Count; i++)
        {
            rows.Add(next[i]);
        }
    }

    private static string Key(LayoutRow row) => string.Join('\u001f', row.Cells.Select(c => CellText.Compact(c.Text)));
}
