using Juesuan.Documents.Layout;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Tables whose rows are function-classification lines (收入决算表, 支出决算表, 一般公共预算
/// 支出表, 政府性基金, 国有资本经营): code (one cell or split 类/款/项), name, values.
/// </summary>
internal static class CodedTableExtractor
{
    public static DisclosureTable Extract(TableInput input)
    {
        var rows = input.Rows;
        var firstData = rows.ToList().FindIndex(IsDataRow);
        if (firstData < 0)
        {
            firstData = rows.Count;
        }

        var header = rows.Take(firstData).Where(r => !TableInput.IsOrdinalRow(r) && !TableInput.IsEmptyRow(r)).ToList();
        var width = Math.Max(input.Width, 3);
        var paths = HeaderGrid.Build(header, width);
        var namePos = FindNamePosition(paths);
        var columns = ColumnNames.Of(input.Kind, paths.Skip(namePos + 1).ToList());

        var result = new List<TableRow>();
        foreach (var row in rows.Skip(firstData))
        {
            if (TableInput.IsEmptyRow(row) || TableInput.IsOrdinalRow(row) || IsNote(row))
            {
                continue;
            }

            var code = CellValues.LeadingCode(row.Cells, ClassificationKind.Function, out var consumed);
            var cells = row.Cells;
            string name;
            int valueStart;
            if (code is null)
            {
                name = CellText.Clean(cells[0].Text);
                valueStart = 1;
                if (name.Length == 0 && cells.Count > 1 && !CellValues.IsNumeric(cells[1].Text))
                {
                    name = CellText.Clean(cells[1].Text);
                    valueStart = 2;
                }
            }
            else
            {
                name = consumed < cells.Count ? CellText.Clean(cells[consumed].Text) : string.Empty;
                valueStart = consumed + 1;
            }

            if (name.Length == 0 && code is null && cells.Skip(valueStart).All(c => CellText.IsBlank(c.Text)))
            {
                continue;
            }

            var valueCells = cells.Skip(valueStart).ToList();
            if (valueCells.Count > columns.Count)
            {
                valueCells = valueCells.Skip(valueCells.Count - columns.Count).ToList();
            }

            // Right-align: a row printed with a merged code/name cell has fewer cells.
            var offset = columns.Count - valueCells.Count;
            var values = new List<KeyValuePair<string, TableCell>>();
            for (var j = 0; j < valueCells.Count; j++)
            {
                values.Add(new(columns[offset + j], TableInput.Cell(valueCells[j])));
            }

            result.Add(new TableRow { Code = code, Name = name, Cells = values, Location = row.Location });
        }

        return new DisclosureTable
        {
            Kind = input.Kind,
            Title = input.Title,
            Label = input.Label,
            Unit = input.Unit,
            Columns = columns,
            Rows = result,
            DeclaredEmpty = input.DeclaredEmpty,
            Location = input.Location,
        };
    }

    private static bool IsDataRow(LayoutRow row)
    {
        if (row.Cells.Count == 0)
        {
            return false;
        }

        if (CellValues.LeadingCode(row.Cells, ClassificationKind.Function, out _) is not null)
        {
            return true;
        }

        return CellValues.IsTotalLabel(row.Cells[0].Text)
            || (row.Cells.Count > 1 && CellText.IsBlank(row.Cells[0].Text) && CellValues.IsTotalLabel(row.Cells[1].Text));
    }

    private static bool IsNote(LayoutRow row)
    {
        var first = CellText.Compact(row.Cells.FirstOrDefault(c => !CellText.IsBlank(c.Text))?.Text ?? string.Empty);
        return first.StartsWith("注", StringComparison.Ordinal) || first.StartsWith("说明", StringComparison.Ordinal);
    }

    private static int FindNamePosition(IReadOnlyList<string>[] paths)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            if (paths[i].Any(t => t.Contains("名称", StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return 1;
    }
}
