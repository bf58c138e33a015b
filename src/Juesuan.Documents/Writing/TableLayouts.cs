using System.Globalization;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Tables;
using static Juesuan.Documents.Writing.DisclosureLayoutWriter;

namespace Juesuan.Documents.Writing;

/// <summary>The plain layouts of the final-accounts tables.</summary>
internal static class TableLayouts
{
    public static IEnumerable<LayoutBlock> Write(DisclosureTable t, string? department, bool writeEmptyNote)
    {
        yield return Paragraph(t.Title);
        if (t.Label is not null)
        {
            yield return Paragraph(t.Label);
        }

        var unit = "单位：" + (t.Unit.ToChinese() ?? "万元");
        yield return Paragraph(department is null ? unit : $"部门：{department}  {unit}");
        yield return Table(t.Kind switch
        {
            TableKind.IncomeExpenditureSummary or TableKind.FiscalGrantSummary => Summary(t),
            TableKind.Income or TableKind.Expenditure or TableKind.GeneralBudgetExpenditure or TableKind.GovernmentFund or TableKind.StateCapital => Coded(t),
            TableKind.GeneralBudgetBasicExpenditure => Basic(t),
            TableKind.ThreePublicExpenses => Items(t, "项目"),
            _ => Items(t, "项目"),
        });
        if (t.DeclaredEmpty && writeEmptyNote)
        {
            yield return Paragraph("说明：本表无数据。");
        }
    }

    private static IEnumerable<LayoutRow> Coded(DisclosureTable t)
    {
        yield return Row(["功能分类科目编码", "科目名称", .. t.Columns]);
        foreach (var r in t.Rows)
        {
            var values = t.Columns.Select(c => Cell(r.Value(c) is { } a ? a.ToString() : r.Cell(c)?.Text ?? string.Empty));
            yield return r.Code is { } code
                ? Row([Cell(code.Digits), Cell(r.Name), .. values])
                : Row([Cell(r.Name), Cell(string.Empty), .. values]);
        }
    }

    private static IEnumerable<LayoutRow> Summary(DisclosureTable t)
    {
        var left = t.Rows.Where(r => r.Section == "收入").ToList();
        var right = t.Rows.Where(r => r.Section != "收入").ToList();
        var leftColumns = Columns(left, t.Columns);
        var rightColumns = Columns(right, t.Columns);
        var withLines = t.Rows.Any(r => r.LineNumber is not null);
        IEnumerable<string> Side(IReadOnlyList<string> columns) => withLines ? ["项目", "行次", .. columns] : ["项目", .. columns];
        yield return Row(["收入", .. Enumerable.Repeat(string.Empty, Side(leftColumns).Count() - 1), "支出"]);
        yield return Row([.. Side(leftColumns), .. Side(rightColumns)]);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            yield return Row([.. SideCells(i < left.Count ? left[i] : null, leftColumns, withLines), .. SideCells(i < right.Count ? right[i] : null, rightColumns, withLines)]);
        }
    }

    internal static IReadOnlyList<string> Columns(IReadOnlyList<TableRow> rows, IReadOnlyList<string> all)
    {
        var used = all.Where(c => rows.Any(r => r.Cell(c) is not null)).ToList();
        return used.Count > 0 ? used : ["决算数"];
    }

    internal static IEnumerable<LayoutCell> SideCells(TableRow? row, IReadOnlyList<string> columns, bool withLines)
    {
        yield return Cell(row?.Name ?? string.Empty);
        if (withLines)
        {
            yield return Cell(row?.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        }

        foreach (var c in columns)
        {
            yield return Cell(row?.Value(c));
        }
    }

    private static IEnumerable<LayoutRow> Basic(DisclosureTable t)
    {
        yield return Row("经济分类科目编码", "科目名称", "决算数");
        foreach (var r in t.Rows)
        {
            yield return r.Code is { } code
                ? Row([Cell(code.Digits), Cell(r.Name), Cell(ValueText(r))])
                : Row([Cell(r.Name), Cell(ValueText(r)), Cell(string.Empty)]);
        }
    }

    private static string ValueText(TableRow r) => r.FirstValue?.ToString() ?? (r.Cells.Count > 0 ? r.Cells[0].Value.Text : string.Empty);

    private static IEnumerable<LayoutRow> Items(DisclosureTable t, string first)
    {
        yield return Row([first, .. t.Columns]);
        foreach (var r in t.Rows)
        {
            yield return Row([Cell(r.Name), .. t.Columns.Select(c => Cell(r.Value(c) is { } a ? a.ToString() : r.Cell(c)?.Text ?? string.Empty))]);
        }
    }
}
