using Juesuan.Documents.Layout;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// The "三公" table. Whatever its printed shape (one row of twelve figures under a two-level
/// header, or one line per item), it comes out with one row per item — 合计, 因公出国（境）费,
/// 公务用车购置及运行维护费, 公务用车购置费, 公务用车运行维护费, 公务接待费 — and the columns
/// 预算数 and 决算数 (and any other group the header names).
/// </summary>
internal static class ThreePublicExtractor
{
    /// <summary>Canonical item names in printed order.</summary>
    public static readonly IReadOnlyList<string> Items =
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"];

    public static DisclosureTable Extract(TableInput input)
    {
        var rows = input.Rows.Where(r => !TableInput.IsEmptyRow(r)).ToList();
        var width = input.Width;
        // The figures row: only numbers (some may be blank), under a header of at least two levels.
        var dataIndex = rows.FindIndex(r => !TableInput.IsOrdinalRow(r) && r.Cells.Count >= 3
            && r.Cells.Any(c => CellValues.Amount(c.Text) is not null)
            && r.Cells.All(c => CellText.IsBlank(c.Text) || CellValues.Amount(c.Text) is not null));
        var cells = new Dictionary<(string Item, string Group), TableCell>();
        var groups = new List<string>();
        if (dataIndex >= 0)
        {
            var header = rows.Take(dataIndex).Where(r => !TableInput.IsOrdinalRow(r)).ToList();
            var paths = HeaderGrid.Build(header, width);
            var data = rows[dataIndex].Cells;
            var offset = width - data.Count;
            for (var i = 0; i < data.Count; i++)
            {
                var path = paths[i + offset];
                var item = ItemOf(path);
                if (item is null)
                {
                    continue;
                }

                var group = GroupOf(path);
                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }

                cells.TryAdd((item, group), TableInput.Cell(data[i]));
            }
        }
        else
        {
            ReadItemRows(rows, cells, groups);
        }

        var result = new List<TableRow>();
        foreach (var item in Items)
        {
            var values = groups.Where(g => cells.ContainsKey((item, g)))
                .Select(g => new KeyValuePair<string, TableCell>(g, cells[(item, g)]))
                .ToList();
            if (values.Count > 0)
            {
                result.Add(new TableRow { Name = item, Cells = values, Location = values[0].Value.Location });
            }
        }

        return input.ToTable(groups, result);
    }

    /// <summary>Layouts with one line per item: name in the first cell, groups from the header.</summary>
    private static void ReadItemRows(List<LayoutRow> rows, Dictionary<(string, string), TableCell> cells, List<string> groups)
    {
        var headerIndex = rows.FindIndex(r => r.Cells.Any(c => GroupOf([CellText.Compact(c.Text)]) != "决算数" || CellText.Compact(c.Text).Contains("决算", StringComparison.Ordinal)));
        if (headerIndex < 0)
        {
            return;
        }

        var header = rows[headerIndex].Cells.Select(c => CellText.Compact(c.Text)).ToList();
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            var item = ItemOf([CellText.Compact(row.Cells[0].Text)]);
            if (item is null)
            {
                continue;
            }

            for (var i = 1; i < row.Cells.Count && i < header.Count; i++)
            {
                var group = GroupOf([header[i]]);
                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }

                cells.TryAdd((item, group), TableInput.Cell(row.Cells[i]));
            }
        }
    }

    private static string? ItemOf(IReadOnlyList<string> path)
    {
        for (var k = path.Count - 1; k >= 0; k--)
        {
            var t = path[k].Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal);
            if (t is "小计")
            {
                continue;
            }

            if (t.Contains("出国", StringComparison.Ordinal))
            {
                return Items[1];
            }

            if (t.Contains("接待", StringComparison.Ordinal))
            {
                return Items[5];
            }

            if (t.Contains("购置及运行", StringComparison.Ordinal) || t == "公务用车费")
            {
                return Items[2];
            }

            if (t.Contains("购置", StringComparison.Ordinal))
            {
                return Items[3];
            }

            if (t.Contains("运行", StringComparison.Ordinal))
            {
                return Items[4];
            }

            if (t.Contains("合计", StringComparison.Ordinal) || t == "总计")
            {
                return Items[0];
            }
        }

        return null;
    }

    private static string GroupOf(IReadOnlyList<string> path)
    {
        foreach (var t in path)
        {
            if (t.Contains("预算", StringComparison.Ordinal))
            {
                return "预算数";
            }

            if (t.Contains("上年", StringComparison.Ordinal))
            {
                return "上年决算数";
            }
        }

        return "决算数";
    }
}
