using System.Globalization;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Writing.Official;

/// <summary>
/// The nine tables in the national layout: 公开NN表 label, 部门/单位 line, merged header cells
/// (项目 over 科目编码/科目名称, column names spanning two header rows), a 栏次 row, 合计 rows
/// spanning the code and name columns, and the 基本支出 table as three side-by-side
/// code/name/amount groups (人员经费 | 公用经费 商品和服务 | 公用经费 other classes) with the
/// 人员经费合计/公用经费合计 footer. Every shape is one the interpreter reads back to the same rows.
/// </summary>
internal static class OfficialTableLayouts
{
    /// <summary>The table's caption paragraphs, the table and its empty-table note.</summary>
    public static IEnumerable<LayoutBlock> Write(DisclosureTable t, string? department, bool writeEmptyNote)
    {
        yield return Paragraph(t.Title, ParagraphRole.TableTitle);
        if ((t.Label ?? t.Kind.PublicLabel()) is { } label)
        {
            yield return Paragraph(label, ParagraphRole.TableLabel);
        }

        var unit = "单位：" + (t.Unit.ToChinese() ?? "万元");
        yield return Paragraph(department is null ? unit : $"部门：{department}\t{unit}", ParagraphRole.TableCaption);
        var rows = t.Kind switch
        {
            TableKind.IncomeExpenditureSummary or TableKind.FiscalGrantSummary => Summary(t),
            TableKind.Income or TableKind.Expenditure or TableKind.GeneralBudgetExpenditure or TableKind.GovernmentFund or TableKind.StateCapital => Coded(t),
            TableKind.GeneralBudgetBasicExpenditure => Basic(t),
            _ => Items(t),
        };
        yield return new LayoutTable(rows.ToList(), new SourceLocation());
        if (t.DeclaredEmpty && writeEmptyNote)
        {
            yield return Paragraph("说明：本表无数据。", ParagraphRole.Note);
        }
    }

    private static IEnumerable<LayoutRow> Coded(DisclosureTable t)
    {
        var n = t.Columns.Count;
        yield return Header([Span("项目", 2), .. t.Columns.Select(c => Cell(c) with { RowSpan = 2 })]);
        yield return Header([Cell("功能分类科目编码"), Cell("科目名称"), .. Enumerable.Repeat(Cell(string.Empty), n)]);
        yield return Header([Span("栏次", 2), .. Enumerable.Range(1, n).Select(i => Cell(i.ToString(CultureInfo.InvariantCulture)))]);
        foreach (var r in t.Rows)
        {
            var values = t.Columns.Select(c => Cell(Text(r, c)));
            yield return r.Code is { } code
                ? Row([Cell(code.Digits), Cell(r.Name), .. values])
                : Row([Span(r.Name, 2), .. values]);
        }
    }

    /// <summary>
    /// The two-sided 总表: 收入 on the left, 支出 on the right, each side padded so that
    /// 本年收入合计 faces 本年支出合计 and 总计 faces 总计, as the national form prints them.
    /// </summary>
    private static IEnumerable<LayoutRow> Summary(DisclosureTable t)
    {
        var left = t.Rows.Where(r => r.Section == "收入").ToList();
        var right = t.Rows.Where(r => r.Section != "收入").ToList();
        var leftColumns = TableLayouts.Columns(left, t.Columns);
        var rightColumns = TableLayouts.Columns(right, t.Columns);
        var withLines = t.Rows.Any(r => r.LineNumber is not null);
        var extra = withLines ? 2 : 1;
        yield return Header(Span("收入", leftColumns.Count + extra), Span("支出", rightColumns.Count + extra));
        IEnumerable<LayoutCell> Names(IReadOnlyList<string> columns) => [Cell("项目"), .. withLines ? [Cell("行次")] : Array.Empty<LayoutCell>(), .. columns.Select(Cell)];
        yield return Header([.. Names(leftColumns), .. Names(rightColumns)]);
        var (leftItems, leftTail) = Split(left);
        var (rightItems, rightTail) = Split(right);
        var items = Math.Max(leftItems.Count, rightItems.Count);
        var tail = Math.Max(leftTail.Count, rightTail.Count);
        var leftSide = Pad(leftItems, items).Concat(PadBeforeLast(leftTail, tail)).ToList();
        var rightSide = Pad(rightItems, items).Concat(PadBeforeLast(rightTail, tail)).ToList();
        for (var i = 0; i < leftSide.Count; i++)
        {
            yield return Row([.. TableLayouts.SideCells(leftSide[i], leftColumns, withLines), .. TableLayouts.SideCells(rightSide[i], rightColumns, withLines)]);
        }
    }

    /// <summary>The side's items, and its tail from the 本年…合计 line on.</summary>
    private static (List<TableRow?> Items, List<TableRow?> Tail) Split(List<TableRow> side)
    {
        var at = side.FindIndex(r => r.Name.StartsWith("本年", StringComparison.Ordinal) && r.Name.EndsWith("合计", StringComparison.Ordinal));
        return at < 0 ? ([.. side], []) : ([.. side.Take(at)], [.. side.Skip(at)]);
    }

    private static IEnumerable<TableRow?> Pad(List<TableRow?> rows, int count) => rows.Concat(Enumerable.Repeat<TableRow?>(null, count - rows.Count));

    private static IEnumerable<TableRow?> PadBeforeLast(List<TableRow?> rows, int count) =>
        rows.Count == 0 ? Pad(rows, count) : rows.Take(rows.Count - 1).Concat(Enumerable.Repeat<TableRow?>(null, count - rows.Count)).Append(rows[^1]);

    private static IEnumerable<LayoutRow> Basic(DisclosureTable t)
    {
        var groups = new List<TableRow>[3] { [], [], [] };
        var footer = new List<TableRow>();
        foreach (var r in t.Rows)
        {
            if (r.Code is not { } code)
            {
                footer.Add(r);
                continue;
            }

            var top = code.Digits[..3];
            groups[top is "301" or "303" ? 0 : top == "302" ? 1 : 2].Add(r);
        }

        yield return Header(Span("人员经费", 3), Span("公用经费", 6));
        yield return Header(Enumerable.Range(0, 3).SelectMany(_ => new[] { Cell("科目编码"), Cell("科目名称"), Cell("决算数") }));
        var height = groups.Max(g => g.Count);
        for (var i = 0; i < height; i++)
        {
            yield return Row(groups.SelectMany(g => i < g.Count
                ? new[] { Cell(g[i].Code!.Value.Digits), Cell(g[i].Name), Cell(ValueText(g[i])) }
                : new[] { Cell(string.Empty), Cell(string.Empty), Cell(string.Empty) }));
        }

        var personnel = footer.FirstOrDefault(r => r.Name.Contains("人员经费", StringComparison.Ordinal));
        var others = footer.Where(r => r != personnel).ToList();
        if (personnel is not null || others.Count > 0)
        {
            var cells = new List<LayoutCell>();
            cells.AddRange(personnel is null ? [Span(string.Empty, 3)] : [Span(personnel.Name, 2), Cell(ValueText(personnel))]);
            cells.AddRange(others.Count == 0 ? [Span(string.Empty, 6)] : [Span(others[0].Name, 5), Cell(ValueText(others[0]))]);
            yield return Row(cells);
            foreach (var extra in others.Skip(1))
            {
                yield return Row(Span(string.Empty, 3), Span(extra.Name, 5), Cell(ValueText(extra)));
            }
        }
    }

    private static IEnumerable<LayoutRow> Items(DisclosureTable t)
    {
        yield return Header([Cell("项目"), .. t.Columns.Select(Cell)]);
        foreach (var r in t.Rows)
        {
            yield return Row([Cell(r.Name), .. t.Columns.Select(c => Cell(Text(r, c)))]);
        }
    }

    private static string Text(TableRow r, string column) => r.Value(column) is { } a ? a.ToString() : r.Cell(column)?.Text ?? string.Empty;

    private static string ValueText(TableRow r) => r.FirstValue?.ToString() ?? (r.Cells.Count > 0 ? r.Cells[0].Value.Text : string.Empty);

    private static LayoutParagraph Paragraph(string text, ParagraphRole role) => new(text, new SourceLocation()) { Role = role };

    private static LayoutCell Cell(string text) => new(text, new SourceLocation());

    private static LayoutCell Span(string text, int columns) => new(text, new SourceLocation(), columns);

    private static LayoutRow Row(params IEnumerable<LayoutCell> cells) => new(cells.ToList(), new SourceLocation());

    private static LayoutRow Header(params IEnumerable<LayoutCell> cells) => Row(cells) with { IsHeader = true };
}
