using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Decides which spreadsheet rows are table rows and which are paragraphs (titles, the unit
/// line, notes, narrative). A row is a paragraph when at most one cell has text and that text
/// is not a number; every other row is a table row. Two signals then pull paragraph-looking
/// rows into a table: bordered rows are table rows (reporting software borders every table
/// cell, never the title; a lone bordered table title stays a title), and rows sandwiched between table
/// rows stay in the table (a line item with blank amounts) unless one of them is a title
/// (a table title, or a single cell merged over the full width) or an unbordered empty row.
/// </summary>
internal static class XlsxRowClassifier
{
    /// <summary>True for each row that belongs to a table.</summary>
    public static bool[] TableRows(IReadOnlyList<XlsxRow> rows)
    {
        var n = rows.Count;
        var table = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            table[i] = row.NonEmpty >= 2
                || (row.Single is { } s && (row.SingleIsNumber || (row.Bordered && Amount.TryParse(s.Text, out _))));
        }

        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && rows[j].Bordered)
            {
                j++;
            }

            // A lone bordered title (some exporters box the title) is still a title.
            var loneTitle = j == i + 1 && !table[i] && rows[i].Single is { } t && TableKinds.FromTitle(t.Text) is not null;
            if (j > i && !loneTitle)
            {
                Array.Fill(table, true, i, j - i);
            }

            i = Math.Max(j, i + 1);
        }

        for (var i = 1; i < n - 1; i++)
        {
            if (table[i] || !table[i - 1])
            {
                continue;
            }

            var j = i;
            while (j < n && !table[j])
            {
                j++;
            }

            if (j < n && Enumerable.Range(i, j - i).All(k => StaysInTable(rows[k])))
            {
                Array.Fill(table, true, i, j - i);
            }

            i = j;
        }

        return table;
    }

    /// <summary>Appends the rows as paragraphs and tables (one per run of table rows).</summary>
    public static void Emit(IReadOnlyList<XlsxRow> rows, List<LayoutBlock> blocks)
    {
        var table = TableRows(rows);
        var run = new List<LayoutRow>();
        for (var i = 0; i <= rows.Count; i++)
        {
            if (i < rows.Count && table[i])
            {
                run.Add(new LayoutRow(rows[i].Cells, rows[i].Location));
                continue;
            }

            Flush(run, blocks);
            if (i < rows.Count && rows[i].Single is { } p)
            {
                blocks.Add(new LayoutParagraph(p.Text, p.Location));
            }
        }
    }

    /// <summary>A row with one text cell that is not a title, or an empty bordered row.</summary>
    private static bool StaysInTable(XlsxRow row)
    {
        if (row.Single is not { } s)
        {
            return row.Bordered && !row.IsGap;
        }

        var width = row.Cells.Sum(c => c.ColumnSpan);
        var fullWidth = width >= 2 && s.ColumnSpan == width;
        return !fullWidth && TableKinds.FromTitle(s.Text) is null;
    }

    /// <summary>
    /// Emits the run as a table, without its leading and trailing empty rows: templates often
    /// border blank rows below the data, and these carry nothing.
    /// </summary>
    private static void Flush(List<LayoutRow> run, List<LayoutBlock> blocks)
    {
        var first = run.FindIndex(r => r.Cells.Any(c => c.Text.Length > 0));
        if (first >= 0)
        {
            var last = run.FindLastIndex(r => r.Cells.Any(c => c.Text.Length > 0));
            var rows = run.GetRange(first, last - first + 1);
            blocks.Add(new LayoutTable(rows, rows[0].Location));
        }

        run.Clear();
    }
}
