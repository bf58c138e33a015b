using System.Globalization;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// The two-sided summary tables (收入支出决算总表, 财政拨款收入支出决算总表): revenue lines on
/// the left, expenditure lines on the right, each with an optional 行次 and one or more amounts.
/// Rows come out revenue side first (Section "收入"), then expenditure (Section "支出"); the
/// expenditure class lines carry their 类 code from the catalog.
/// </summary>
internal static class SummaryTableExtractor
{
    private sealed record Side(string Section, int Start, int End, int? LineColumn, IReadOnlyList<(int Position, string Name)> Values);

    public static DisclosureTable Extract(TableInput input, Catalog functions)
    {
        var rows = input.Rows;
        var headerIndex = rows.ToList().FindIndex(r => r.Cells.Count(c => CellText.Compact(c.Text) is "项目" or "项目名称") >= 2);
        var width = input.Width;
        var sides = headerIndex >= 0 ? SidesFromHeader(rows, headerIndex, width) : DefaultSides(rows, width, functions);
        var left = new List<TableRow>();
        var right = new List<TableRow>();
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            if (TableInput.IsOrdinalRow(row) || TableInput.IsEmptyRow(row))
            {
                continue;
            }

            var cells = row.Cells;
            if (cells.Count < width && cells.Count > 0 && CellText.Compact(cells[0].Text).StartsWith("注", StringComparison.Ordinal))
            {
                continue;
            }

            AddSide(sides[0], cells, row, left, null);
            AddSide(sides[1], cells, row, right, functions);
        }

        var columns = sides.SelectMany(s => s.Values.Select(v => v.Name)).Distinct().ToList();
        return input.ToTable(columns, [.. left, .. right]);
    }

    private static void AddSide(Side side, IReadOnlyList<LayoutCell> cells, LayoutRow row, List<TableRow> into, Catalog? functions)
    {
        if (side.Start >= cells.Count)
        {
            return;
        }

        var name = CellText.Clean(cells[side.Start].Text);
        var values = new List<KeyValuePair<string, TableCell>>();
        foreach (var (position, column) in side.Values)
        {
            if (position < cells.Count && position < side.End)
            {
                values.Add(new(column, TableInput.Cell(cells[position])));
            }
        }

        int? line = null;
        if (side.LineColumn is { } lc && lc < cells.Count
            && int.TryParse(CellText.Compact(cells[lc].Text), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            line = n;
        }

        if (name.Length == 0 && values.All(v => v.Value.IsBlank))
        {
            return;
        }

        var code = functions?.FindClassByName(name)?.Code;
        into.Add(new TableRow
        {
            Code = code,
            Name = name,
            Section = side.Section,
            LineNumber = line,
            Cells = values,
            Location = cells[side.Start].Location,
        });
    }

    private static Side[] SidesFromHeader(IReadOnlyList<LayoutRow> rows, int headerIndex, int width)
    {
        var header = rows[headerIndex].Cells.Select(c => CellText.Compact(c.Text)).ToList();
        var projectPositions = header.Select((t, i) => (t, i)).Where(x => x.t is "项目" or "项目名称").Select(x => x.i).ToList();
        var split = projectPositions[1];
        return
        [
            MakeSide("收入", 0, split, header),
            MakeSide("支出", split, Math.Max(width, header.Count), header),
        ];
    }

    private static Side MakeSide(string section, int start, int end, List<string> header)
    {
        int? lineColumn = null;
        var values = new List<(int, string)>();
        for (var i = start + 1; i < end; i++)
        {
            var h = i < header.Count ? header[i] : string.Empty;
            if (h is "行次" or "栏次")
            {
                lineColumn = i;
                continue;
            }

            var name = h is "" or "金额" or "决算数" or "决算金额" ? "决算数" : h;
            values.Add((i, values.Any(v => v.Item2 == name) ? $"{name}{values.Count + 1}" : name));
        }

        // The first amount column of a multi-column side (财政拨款总表: 合计 …) keeps its name;
        // single-amount sides are "决算数" on both sides so rules can address them alike.
        return new Side(section, start, end, lineColumn, values);
    }

    /// <summary>Without a 项目 … 项目 header: the expenditure side starts where the class lines ("一、一般公共服务支出") are printed.</summary>
    private static Side[] DefaultSides(IReadOnlyList<LayoutRow> rows, int width, Catalog functions)
    {
        var starts = rows.SelectMany(r => r.Cells.Select((c, i) => (c, i)).Skip(1).Where(x => functions.FindClassByName(x.c.Text) is not null).Select(x => x.i)).ToList();
        var half = starts.Count > 0 ? starts.GroupBy(i => i).MaxBy(g => g.Count())!.Key : Math.Max(1, width / 2);
        var header = Enumerable.Repeat(string.Empty, width).ToList();
        return [MakeSide("收入", 0, half, header), MakeSide("支出", half, width, header)];
    }
}
