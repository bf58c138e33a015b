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
        var rows = input.Rows.Select(SplitCodeFromName).ToList();
        var width = Math.Max(rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count), 3);
        var firstData = rows.ToList().FindIndex(r => IsDataRow(r, width));
        if (firstData < 0)
        {
            firstData = rows.Count;
        }

        var header = rows.Take(firstData).Where(r => !TableInput.IsOrdinalRow(r) && !TableInput.IsEmptyRow(r)).ToList();
        var dataRows = rows.Skip(firstData).ToList();

        // A PDF may print the last heading row on the band of the 合计 row ("合计 … 合计 | 基本支出 | 项目支出"):
        // the headings join the header and the 合计 row keeps blank values.
        if (dataRows.Count > 0 && SharesHeadings(dataRows[0]))
        {
            var mixed = dataRows[0];
            var label = mixed.Cells.First(c => CellValues.IsTotalLabel(c.Text));
            header.Add(mixed with { Cells = mixed.Cells.Select(c => c == label ? c with { Text = string.Empty } : c).ToList() });
            dataRows[0] = mixed with { Cells = mixed.Cells.Select(c => c == label ? c : c with { Text = string.Empty }).ToList() };
        }

        var paths = HeaderGrid.Build(header, width);
        var namePos = FindNamePosition(paths) ?? NamePositionOfCodedRows(dataRows, width) ?? 1;
        var columns = ColumnNames.Of(input.Kind, paths.Skip(namePos + 1).ToList());

        var result = new List<TableRow>();
        foreach (var row in dataRows)
        {
            if (TableInput.IsEmptyRow(row) || TableInput.IsOrdinalRow(row) || IsNote(row))
            {
                continue;
            }

            var (code, name, valueCells) = row.Cells.Count == width && namePos < width
                ? FullRow(row.Cells, namePos)
                : ShortRow(row.Cells);
            if (name.Length == 0 && code is null && valueCells.All(c => CellText.IsBlank(c.Text)))
            {
                continue;
            }

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

        return input.ToTable(columns, result);
    }

    /// <summary>A row with a cell for every grid column: the code fills the columns before the name (类/款/项 or one).</summary>
    private static (ClassificationCode? Code, string Name, List<LayoutCell> Values) FullRow(IReadOnlyList<LayoutCell> cells, int namePos)
    {
        var digits = string.Concat(cells.Take(namePos).Select(c => CellText.Compact(c.Text)));
        ClassificationCode.TryParse(ClassificationKind.Function, digits, out var code);
        var name = CellText.Clean(cells[namePos].Text);
        if (code is null && name.Length == 0)
        {
            name = cells.Take(namePos).Select(c => CellText.Clean(c.Text)).FirstOrDefault(t => t.Length > 0 && !IsLevelWord(t)) ?? string.Empty;
        }

        return (code, name, cells.Skip(namePos + 1).ToList());
    }

    /// <summary>A row with merged cells (合计 over code and name): code and name from the left, values right-aligned.</summary>
    private static (ClassificationCode? Code, string Name, List<LayoutCell> Values) ShortRow(IReadOnlyList<LayoutCell> cells)
    {
        var code = CellValues.LeadingCode(cells, ClassificationKind.Function, out var consumed);
        if (code is not null)
        {
            var named = consumed < cells.Count ? CellText.Clean(cells[consumed].Text) : string.Empty;
            return (code, named, cells.Skip(consumed + 1).ToList());
        }

        var name = CellText.Clean(cells[0].Text);
        var valueStart = 1;
        if (name.Length == 0 && cells.Count > 1 && !CellValues.IsNumeric(cells[1].Text))
        {
            name = CellText.Clean(cells[1].Text);
            valueStart = 2;
        }

        return (null, name, cells.Skip(valueStart).ToList());
    }

    private static bool SharesHeadings(LayoutRow row)
    {
        var texts = row.Cells.Select(c => CellText.Compact(c.Text)).Where(t => t.Length > 0).ToList();
        return texts.Count >= 3 && CellValues.LeadingCode(row.Cells, ClassificationKind.Function, out _) is null
            && texts.Count(CellValues.IsTotalLabel) >= 1
            && texts.Skip(1).All(t => CellValues.Amount(t) is null && !IsLevelWord(t));
    }

    private static bool IsLevelWord(string text) => CellText.Compact(text) is "类" or "款" or "项";

    private static bool IsDataRow(LayoutRow row, int width)
    {
        if (row.Cells.Count == 0)
        {
            return false;
        }

        if (CellValues.LeadingCode(row.Cells, ClassificationKind.Function, out _) is not null)
        {
            return true;
        }

        // "合计" first, or after blank / 类 款 项 cells (split-code layouts).
        foreach (var cell in row.Cells.Take(Math.Min(4, width)))
        {
            if (CellValues.IsTotalLabel(cell.Text))
            {
                return true;
            }

            if (!CellText.IsBlank(cell.Text) && !IsLevelWord(cell.Text))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNote(LayoutRow row)
    {
        var first = CellText.Compact(row.Cells.FirstOrDefault(c => !CellText.IsBlank(c.Text))?.Text ?? string.Empty);
        return first.StartsWith("注", StringComparison.Ordinal) || first.StartsWith("说明", StringComparison.Ordinal);
    }

    private static int? FindNamePosition(IReadOnlyList<string>[] paths)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            if (paths[i].Any(t => t.Contains("名称", StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Without a 科目名称 heading: where full-width coded rows put their first text cell.</summary>
    private static int? NamePositionOfCodedRows(IReadOnlyList<LayoutRow> rows, int width)
    {
        var positions = rows
            .Where(r => r.Cells.Count == width && CellValues.LeadingCode(r.Cells, ClassificationKind.Function, out _) is not null)
            .Select(r => Enumerable.Range(0, width).FirstOrDefault(i => !CellText.IsBlank(r.Cells[i].Text) && !CellText.Compact(r.Cells[i].Text).All(char.IsAsciiDigit), -1))
            .Where(i => i > 0)
            .ToList();
        return positions.Count == 0 ? null : positions.GroupBy(i => i).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>"2010601 行政运行" printed in one cell becomes a code cell and a name cell.</summary>
    private static LayoutRow SplitCodeFromName(LayoutRow row)
    {
        if (row.Cells.Count == 0)
        {
            return row;
        }

        var first = row.Cells[0];
        var text = CellText.Clean(first.Text);
        var space = text.IndexOfAny([' ', '\u3000']);
        if (space is < 3 or > 7 || !ClassificationCode.TryParse(ClassificationKind.Function, text[..space], out _))
        {
            return row;
        }

        var rest = CellText.Clean(text[(space + 1)..]);
        if (rest.Length == 0 || rest.All(char.IsAsciiDigit) || CellValues.Amount(rest) is not null)
        {
            return row;
        }

        return row with { Cells = [first with { Text = text[..space] }, first with { Text = rest }, .. row.Cells.Skip(1)] };
    }
}
