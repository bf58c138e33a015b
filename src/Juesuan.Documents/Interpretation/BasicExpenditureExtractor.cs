using Juesuan.Documents.Layout;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// The 基本支出 table: economic codes printed as code/name/amount groups side by side (three
/// in the national layout), with 人员经费合计 and 公用经费合计 in the footer. Rows come out group by
/// group so that 301, 30101 … precede 302 …; footer totals are rows without a code.
/// </summary>
internal static class BasicExpenditureExtractor
{
    public const string Column = "决算数";

    public static DisclosureTable Extract(TableInput input)
    {
        var width = input.Width;
        var groups = FindGroups(input.Rows, width);
        var byGroup = groups.Select(_ => new List<TableRow>()).ToList();
        var footer = new List<TableRow>();
        foreach (var row in input.Rows)
        {
            var cells = row.Cells;
            var codedCells = 0;
            for (var g = 0; g < groups.Count; g++)
            {
                var start = groups[g];
                var end = Math.Min(g + 1 < groups.Count ? groups[g + 1] : width, cells.Count);
                if (start >= end || ReadGroup(cells, start, end) is not { } line)
                {
                    continue;
                }

                codedCells++;
                var values = line.Amount is { } amount
                    ? new List<KeyValuePair<string, TableCell>> { new(Column, TableInput.Cell(amount)) }
                    : [];
                byGroup[g].Add(new TableRow { Code = line.Code, Name = line.Name, Cells = values, Location = cells[start].Location });
            }

            if (codedCells == 0)
            {
                AddFooterPairs(cells, footer);
            }
        }

        return input.ToTable([Column], [.. byGroup.SelectMany(g => g), .. footer]);
    }

    /// <summary>Code (one cell, or 类 and 款 cells), name, and the amount in the group's last column.</summary>
    private static (ClassificationCode Code, string Name, LayoutCell? Amount)? ReadGroup(IReadOnlyList<LayoutCell> cells, int start, int end)
    {
        var digits = string.Empty;
        var i = start;
        while (i < end - 1 && CellText.Compact(cells[i].Text) is { } t && (t.Length == 0 || t.All(char.IsAsciiDigit)) && digits.Length < 5)
        {
            digits += t;
            i++;
        }

        if (!ClassificationCode.TryParse(ClassificationKind.Economic, digits, out var code))
        {
            return null;
        }

        var name = i < end ? CellText.Clean(cells[i].Text) : string.Empty;
        var amount = end - 1 > i ? cells[end - 1] : null;
        return (code.Value, name, amount);
    }

    private static void AddFooterPairs(IReadOnlyList<LayoutCell> cells, List<TableRow> footer)
    {
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            var label = CellText.Compact(cells[i].Text);
            if (!label.EndsWith("合计", StringComparison.Ordinal) && !label.EndsWith("经费", StringComparison.Ordinal))
            {
                continue;
            }

            // The amount is the next non-blank cell before another label.
            for (var j = i + 1; j < cells.Count; j++)
            {
                if (CellText.IsBlank(cells[j].Text))
                {
                    continue;
                }

                if (CellValues.Amount(cells[j].Text) is not null)
                {
                    footer.Add(new TableRow
                    {
                        Name = label,
                        Cells = [new(Column, TableInput.Cell(cells[j]))],
                        Location = cells[i].Location,
                    });
                }

                break;
            }
        }
    }

    private static List<int> FindGroups(IReadOnlyList<LayoutRow> rows, int width)
    {
        foreach (var row in rows.Take(8))
        {
            var starts = row.Cells.Select((c, i) => (Text: CellText.Compact(c.Text), i))
                .Where(x => x.Text.Contains("编码", StringComparison.Ordinal) || x.Text.Contains("代码", StringComparison.Ordinal))
                .Select(x => x.i)
                .ToList();
            if (starts.Count > 0)
            {
                return starts;
            }
        }

        return Enumerable.Range(0, Math.Max(1, width / 3)).Select(i => i * 3).ToList();
    }
}
