using Juesuan.Documents.Layout;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Tables without a fixed national shape (基础数据表, 机关运行经费, 政府采购, unknown ones):
/// the first text cell names the row, the header row names the value columns.
/// </summary>
internal static class GenericTableExtractor
{
    public static DisclosureTable Extract(TableInput input)
    {
        var rows = input.Rows.Where(r => !TableInput.IsEmptyRow(r) && !TableInput.IsOrdinalRow(r)).ToList();
        var headerIndex = rows.FindIndex(r => r.Cells.Count >= 2 && r.Cells.Skip(1).All(c => !CellValues.IsNumeric(c.Text)) && r.Cells.Skip(1).Any(c => !CellText.IsBlank(c.Text)));
        var header = headerIndex >= 0 ? rows[headerIndex].Cells.Select(c => CellText.Compact(c.Text)).ToList() : [];
        var result = new List<TableRow>();
        var columns = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            if (r == headerIndex)
            {
                continue;
            }

            // A row that is itself a header (no figures) re-labels the columns below it.
            if (r > headerIndex && cells.Count >= 3 && cells.Skip(1).All(c => !CellValues.IsNumeric(c.Text) && !CellText.IsBlank(c.Text)))
            {
                header = cells.Select(c => CellText.Compact(c.Text)).ToList();
                continue;
            }

            var name = CellText.Clean(cells[0].Text);
            var code = CellValues.LeadingCode(cells, ClassificationKind.Function, out var consumed)
                ?? CellValues.LeadingCode(cells, ClassificationKind.Economic, out consumed);
            var start = 1;
            if (code is not null && consumed < cells.Count)
            {
                name = CellText.Clean(cells[consumed].Text);
                start = consumed + 1;
            }

            var values = new List<KeyValuePair<string, TableCell>>();
            for (var i = start; i < cells.Count; i++)
            {
                var column = i < header.Count && header[i].Length > 0 ? header[i] : $"列{i + 1}";
                if (!columns.Contains(column))
                {
                    columns.Add(column);
                }

                values.Add(new(column, TableInput.Cell(cells[i])));
            }

            if (name.Length > 0 || values.Any(v => !v.Value.IsBlank))
            {
                result.Add(new TableRow { Code = code, Name = name, Cells = values, Location = rows[r].Location });
            }
        }

        // A grid: every row has every column, blank where it printed nothing.
        result = result.Select(r => r with
        {
            Cells = columns.Select(c => new KeyValuePair<string, TableCell>(c, r.Cell(c) ?? new TableCell(null, string.Empty, r.Location))).ToList(),
        }).ToList();
        return input.ToTable(columns, result);
    }
}
