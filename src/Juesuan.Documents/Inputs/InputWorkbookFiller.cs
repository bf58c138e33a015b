using ClosedXML.Excel;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;
using static Juesuan.Documents.Inputs.InputWorkbookSchema;

namespace Juesuan.Documents.Inputs;

/// <summary>
/// Fills a fresh input workbook from a disclosure and inputs, so that a preparer starts from
/// last year's document (or a parsed one) instead of a blank form. Only entered cells are
/// written: leaf rows of the coded tables (the reader sums the parents again), the lines of
/// 收支总表 that are not derived, 三公, the self-evaluation and the 情况说明 inputs.
/// </summary>
internal static class InputWorkbookFiller
{
    public static void Fill(XLWorkbook wb, Disclosure? from, ExplanationInputs? inputs)
    {
        if (from is not null)
        {
            Info(wb.Worksheet(Department), "部门名称", from.Department);
            foreach (var sheet in Coded)
            {
                if (from.Table(sheet.Kind) is { } table)
                {
                    CodedRows(wb.Worksheet(sheet.Name), sheet, table);
                }
            }

            CarryOverSheet(wb.Worksheet(CarryOver), from);
            ThreePublicSheet(wb.Worksheet(ThreePublic), from.Table(TableKind.ThreePublicExpenses));
            if (from.Evaluations.FirstOrDefault(e => e.Kind is EvaluationKind.DepartmentSelfEvaluation or EvaluationKind.ProjectSelfEvaluation) is { } evaluation)
            {
                PerformanceRows(wb.Worksheet(Performance), evaluation);
            }
        }

        if (inputs is not null)
        {
            Info(wb.Worksheet(Department), "部门职责", inputs.Functions);
            Info(wb.Worksheet(Department), "机构设置", inputs.Institutions);
            ExplanationSheet(wb.Worksheet(Explanation), inputs);
        }
    }

    private static void CodedRows(IXLWorksheet ws, CodedSheet sheet, DisclosureTable table)
    {
        var coded = table.Rows.Where(r => r.Code is not null).ToList();
        var leaves = coded.Where(r => !coded.Any(o => o != r && o.Code!.Value.Digits.StartsWith(r.Code!.Value.Digits, StringComparison.Ordinal))).ToList();
        var row = FirstRow;
        foreach (var r in leaves.Take(InputWorkbookSchema.CodedRows))
        {
            ws.Cell(row, 1).SetValue(r.Code!.Value.Digits).DataType = XLDataType.Text;
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                if (c != sheet.SumColumn && r.Value(sheet.Columns[c]) is { } v)
                {
                    ws.Cell(row, c + 3).SetValue(v.Value);
                }
            }

            row++;
        }
    }

    private static void CarryOverSheet(IXLWorksheet ws, Disclosure d)
    {
        var total = d.Table(TableKind.IncomeExpenditureSummary);
        var grants = d.Table(TableKind.FiscalGrantSummary);
        for (var i = 0; i < CarryOverLines.Count; i++)
        {
            var (section, name) = CarryOverLines[i];
            var value = Find(total, section, name) ?? Find(grants, section, name);
            if (value is { } v)
            {
                ws.Cell(FirstRow + i, 3).SetValue(v);
            }
        }
    }

    /// <summary>A line by its name without the list number ("一般公共预算财政拨款收入" matches "一、一般公共预算财政拨款").</summary>
    private static decimal? Find(DisclosureTable? t, string section, string name)
    {
        var bare = Juesuan.Domain.Classification.CatalogNames.StripListNumber(name);
        return t?.Rows.FirstOrDefault(r => r.Section == section && r.Code is null
            && (Juesuan.Domain.Classification.CatalogNames.StripListNumber(r.Name) is var n && (n == bare || bare.StartsWith(n, StringComparison.Ordinal) && n.Length >= 6)))
            ?.FirstValue?.Value;
    }

    private static void ThreePublicSheet(IXLWorksheet ws, DisclosureTable? t)
    {
        for (var i = 0; i < ThreePublicLines.Count && t is not null; i++)
        {
            var row = t.Row(ThreePublicLines[i]);
            if (row?.Value("预算数") is { } b)
            {
                ws.Cell(FirstRow + i, 2).SetValue(b.Value);
            }

            if (row?.Value("决算数") is { } a)
            {
                ws.Cell(FirstRow + i, 3).SetValue(a.Value);
            }
        }
    }

    private static void PerformanceRows(IXLWorksheet ws, Evaluation e)
    {
        var row = FirstRow;
        foreach (var i in e.Indicators)
        {
            ws.Cell(row, 1).SetValue(i.Level1);
            ws.Cell(row, 2).SetValue(i.Level2);
            ws.Cell(row, 3).SetValue(i.Name);
            if (i.Weight is { } w)
            {
                ws.Cell(row, 4).SetValue(w.Value);
            }

            ws.Cell(row, 5).SetValue(i.Target ?? string.Empty);
            ws.Cell(row, 6).SetValue(i.Actual ?? string.Empty);
            if (i.Score is { } s)
            {
                ws.Cell(row, 7).SetValue(s.Value);
            }

            ws.Cell(row, 8).SetValue(i.Deviation ?? string.Empty);
            row++;
        }
    }

    private static void ExplanationSheet(IXLWorksheet ws, ExplanationInputs inputs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["PriorTotal"] = inputs.PriorTotal,
            ["PriorGrantTotal"] = inputs.PriorGrantTotal,
            ["PriorGeneralBudget"] = inputs.PriorGeneralBudget,
            ["InitialBudget"] = inputs.InitialBudget,
            ["PriorThreePublic"] = inputs.PriorThreePublic,
            ["PriorOperating"] = inputs.PriorOperating,
            ["AbroadGroups"] = inputs.AbroadCounts?.Groups,
            ["AbroadPersons"] = inputs.AbroadCounts?.Persons,
            ["ReceptionBatches"] = inputs.ReceptionCounts?.Batches,
            ["ReceptionPersons"] = inputs.ReceptionCounts?.Persons,
            ["VehiclePurchases"] = inputs.VehiclePurchases,
            ["Vehicles"] = inputs.Vehicles,
            ["Meetings"] = inputs.Meetings,
            ["Training"] = inputs.Training,
            ["ProcurementGoods"] = inputs.ProcurementByKind?.Goods,
            ["ProcurementWorks"] = inputs.ProcurementByKind?.Works,
            ["ProcurementServices"] = inputs.ProcurementByKind?.Services,
            ["SmallBusiness"] = inputs.SmallBusinessContracts,
            ["LargeGeneralEquipment"] = inputs.LargeGeneralEquipment,
            ["LargeSpecialEquipment"] = inputs.LargeSpecialEquipment,
        };
        foreach (var (key, reason) in inputs.Reasons)
        {
            values[key] = reason;
        }

        for (var i = 0; i < ExplanationLines.Count; i++)
        {
            switch (values.GetValueOrDefault(ExplanationLines[i].Key))
            {
                case decimal d:
                    ws.Cell(FirstRow + i, 2).SetValue(d);
                    break;
                case int n:
                    ws.Cell(FirstRow + i, 2).SetValue(n);
                    break;
                case string s:
                    ws.Cell(FirstRow + i, 2).SetValue(s);
                    break;
            }
        }
    }

    private static void Info(IXLWorksheet ws, string label, string? value)
    {
        if (value is null)
        {
            return;
        }

        for (var r = FirstRow; r < FirstRow + 10; r++)
        {
            if (ws.Cell(r, 1).GetString() == label)
            {
                ws.Cell(r, 2).SetValue(value);
                return;
            }
        }
    }
}
