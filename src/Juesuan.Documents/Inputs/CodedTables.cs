using ClosedXML.Excel;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Inputs;

/// <summary>A coded input sheet as a table: rows entered, parents (类, 款) summed, 合计 first.</summary>
internal static class CodedTables
{
    public static DisclosureTable Read(IXLWorksheet ws, CodedSheet sheet, int year, InputCells cells)
    {
        var kind = sheet.Economic ? ClassificationKind.Economic : ClassificationKind.Function;
        var catalog = Catalog.For(kind, year);
        var entered = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        var last = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = InputWorkbookSchema.FirstRow; r <= last; r++)
        {
            var code = InputCells.Text(ws.Cell(r, 1));
            var values = sheet.Columns.Select((_, c) => c == sheet.SumColumn ? null : cells.Amount(ws.Cell(r, c + 3))).ToArray();
            if (code.Length == 0)
            {
                if (values.Any(v => v is not null))
                {
                    cells.Error($"{ws.Name}!A{r}", "填了金额却没有科目编码");
                }

                continue;
            }

            if (catalog.Find(code) is null)
            {
                cells.Error($"{ws.Name}!A{r}", $"科目编码 {code} 不在 {year} 年{(sheet.Economic ? "支出经济分类" : "政府收支分类")}科目中");
                continue;
            }

            if (!entered.TryAdd(code, values))
            {
                cells.Error($"{ws.Name}!A{r}", $"科目编码 {code} 重复填写");
            }
        }

        var all = Totals.Roll(entered, sheet);
        var rows = new List<TableRow>();
        if (!sheet.Economic)
        {
            // An empty table still prints its 合计 line, as zeros: nothing was received or spent.
            var total = all.Count > 0
                ? Totals.Sum(all.Where(kv => kv.Key.Length == 3).Select(kv => kv.Value), sheet.Columns.Count)
                : sheet.Columns.Select(_ => (decimal?)0m).ToArray();
            rows.Add(Row(null, "合计", total, sheet));
        }

        foreach (var (code, values) in all.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            rows.Add(Row(ClassificationCode.Parse(kind, code), catalog.Find(code)!.Name, values, sheet));
        }

        if (sheet.Economic)
        {
            decimal? Class(params string[] codes) => Totals.Add(codes.Select(c => all.TryGetValue(c, out var v) ? v[0] : null));
            rows.Add(Row(null, "人员经费合计", [Class("301", "303")], sheet));
            rows.Add(Row(null, "公用经费合计", [Totals.Add(all.Where(kv => kv.Key.Length == 3 && kv.Key is not ("301" or "303")).Select(kv => kv.Value[0]))], sheet));
        }

        return new DisclosureTable
        {
            Kind = sheet.Kind,
            Title = sheet.Kind.Title(),
            Unit = Domain.Amounts.AmountUnit.WanYuan,
            Columns = sheet.Columns,
            Rows = rows,
            DeclaredEmpty = all.Count == 0,
        };
    }

    private static TableRow Row(ClassificationCode? code, string name, decimal?[] values, CodedSheet sheet) => new()
    {
        Code = code,
        Name = name,
        Cells = sheet.Columns.Select((c, i) => Totals.Cell(c, values[i])).ToList(),
        Location = new SourceLocation(),
    };
}
