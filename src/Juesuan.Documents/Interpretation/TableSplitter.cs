using Juesuan.Documents.Layout;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Some documents print each table's title and notes inside the table grid, so that two
/// tables arrive as one (seed 004: "注：…" and the next "部门支出决算表" are rows). A row holding
/// only a table title starts a new table; a row holding only a note ends one.
/// </summary>
internal static class TableSplitter
{
    public static IReadOnlyList<LayoutTable> Split(LayoutTable table)
    {
        var pieces = new List<LayoutTable>();
        var current = new List<LayoutRow>();
        foreach (var row in table.Rows)
        {
            var texts = row.Cells.Select(c => c.Text).Where(t => !CellText.IsBlank(t)).ToList();
            var single = texts.Count == 1 ? CellText.Compact(texts[0]) : null;
            if (single is not null && current.Count > 0 && IsTitle(single))
            {
                pieces.Add(new LayoutTable(current, current[0].Location));
                current = [];
            }

            if (single is not null && (single.StartsWith("注：", StringComparison.Ordinal) || single.StartsWith("注:", StringComparison.Ordinal)) && single.Length > 6)
            {
                continue;
            }

            current.Add(row);
        }

        if (current.Count > 0)
        {
            pieces.Add(new LayoutTable(current, current[0].Location));
        }

        return pieces;
    }

    private static bool IsTitle(string text) =>
        TableKinds.FromTitle(text) is not null || (text.Contains("自评表", StringComparison.Ordinal) && text.Length <= 40);
}
