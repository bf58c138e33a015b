using System.Globalization;
using ClosedXML.Excel;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;
using static Juesuan.Documents.Inputs.InputWorkbookSchema;

namespace Juesuan.Documents.Inputs;

/// <summary>What a filled input workbook gives: the figures, the 情况说明 inputs, and the problems found.</summary>
/// <param name="Figures">The disclosure's tables and self-evaluation (null when the workbook could not be taken).</param>
/// <param name="Inputs">Last year's figures, counts, reasons, overview text.</param>
/// <param name="Diagnostics">Every cell that could not be taken, with its sheet and cell.</param>
public sealed record InputWorkbook(Disclosure? Figures, ExplanationInputs Inputs, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a filled input workbook. Formulas are not trusted (a workbook filled by a program has
/// no computed values): names come from the catalog, parent rows (类, 款) and 合计 are summed
/// from the rows entered, and the 收支总表 and 财政拨款收支总表 are derived from the coded tables
/// plus the lines entered on 收支总表. Blank cells stay blank.
/// </summary>
public static class InputWorkbookReader
{
    /// <summary>True when <paramref name="path"/> is an input workbook (its 填表说明 sheet carries the marker).</summary>
    public static bool IsInputWorkbook(string path)
    {
        using var wb = Open(path);
        return wb is not null;
    }

    /// <summary>Reads <paramref name="path"/> when it is an input workbook; null when it is not one (or not a workbook at all).</summary>
    public static InputWorkbook? TryRead(string path)
    {
        using var wb = Open(path);
        return wb is null ? null : Read(wb, path);
    }

    /// <summary>Reads the input workbook at <paramref name="path"/>; a file that is not one gives a JS0014 diagnostic.</summary>
    public static InputWorkbook Read(string path) =>
        TryRead(path) ?? new InputWorkbook(null, new ExplanationInputs(), [DiagnosticCodes.BadInput(path, $"{Instructions}!A1", $"不是 {Marker}（用 juesuan template 生成）")]);

    private static XLWorkbook? Open(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return null;
        }

        XLWorkbook? wb = null;
        try
        {
            wb = new XLWorkbook(path);
            if (wb.TryGetWorksheet(Instructions, out var ws) && ws.Cell(1, 1).GetString().StartsWith(Marker, StringComparison.Ordinal))
            {
                return wb;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            // Not a workbook ClosedXML can open: the ordinary readers report it properly.
        }

        wb?.Dispose();
        return null;
    }

    private static InputWorkbook Read(XLWorkbook wb, string path)
    {
        var state = new InputCells(path);
        var year = wb.TryGetWorksheet(Instructions, out var readme) ? state.Count(readme.Cell(2, 2)) : null;
        if (year is null or < 2000 or > 2100)
        {
            state.Error($"{Instructions}!B2", "年度应为 2000 到 2100 之间的整数");
            return new InputWorkbook(null, new ExplanationInputs(), state.Diagnostics);
        }

        var info = state.KeyValues(wb, InputWorkbookSchema.Department);
        var tables = new Dictionary<TableKind, DisclosureTable>();
        foreach (var sheet in Coded)
        {
            if (wb.TryGetWorksheet(sheet.Name, out var ws))
            {
                tables[sheet.Kind] = CodedTables.Read(ws, sheet, year.Value, state);
            }
            else
            {
                state.Error(sheet.Name + "!A1", $"缺少工作表“{sheet.Name}”");
            }
        }

        var lines = wb.TryGetWorksheet(CarryOver, out var carry)
            ? CarryOverLines.Select((l, i) => (l.Section, l.Name, Value: state.Amount(carry.Cell(FirstRow + i, 3)))).ToList()
            : [];
        tables[TableKind.IncomeExpenditureSummary] = SummaryTables.Total(tables, lines);
        tables[TableKind.FiscalGrantSummary] = SummaryTables.Grants(tables, lines);
        if (wb.TryGetWorksheet(ThreePublic, out var three))
        {
            tables[TableKind.ThreePublicExpenses] = SummaryTables.ThreePublic(ThreePublicLines.Select((l, i) => (l, state.Amount(three.Cell(FirstRow + i, 2)), state.Amount(three.Cell(FirstRow + i, 3)))).ToList());
        }

        var department = info.GetValueOrDefault("部门名称");
        var evaluation = wb.TryGetWorksheet(InputWorkbookSchema.Performance, out var perf) ? PerformanceSheet.Read(perf, year.Value, department, state) : null;
        var inputs = ExplanationInputsOf(state.KeyValues(wb, Explanation), info, state);
        var figures = new Disclosure
        {
            Path = path,
            Format = "xlsx",
            Department = department,
            Year = year,
            Tables = [.. TableKinds.Standard.Where(tables.ContainsKey).Select(k => tables[k])],
            Evaluations = evaluation is null ? [] : [evaluation],
        };
        return new InputWorkbook(state.Diagnostics.Any(d => d.Severity == Severity.Error) ? null : figures, inputs, state.Diagnostics);
    }

    private static ExplanationInputs ExplanationInputsOf(Dictionary<string, string> values, Dictionary<string, string> info, InputCells state)
    {
        string Label(string key) => ExplanationLines.First(l => l.Key == key).Label;
        decimal? A(string key) => values.TryGetValue(Label(key), out var v) ? state.ParseAmount(v, Explanation, Label(key)) : null;
        int? N(string key) => values.TryGetValue(Label(key), out var v) ? state.ParseCount(v, Explanation, Label(key)) : null;
        (T, T)? Pair<T>(T? a, T? b) where T : struct => a is { } x && b is { } y ? (x, y) : null;
        var goods = A("ProcurementGoods");
        var works = A("ProcurementWorks");
        var services = A("ProcurementServices");
        var anyKind = goods is not null || works is not null || services is not null;
        return new ExplanationInputs
        {
            PriorTotal = A("PriorTotal"),
            PriorGrantTotal = A("PriorGrantTotal"),
            PriorGeneralBudget = A("PriorGeneralBudget"),
            InitialBudget = A("InitialBudget"),
            PriorThreePublic = A("PriorThreePublic"),
            PriorOperating = A("PriorOperating"),
            AbroadCounts = Pair(N("AbroadGroups"), N("AbroadPersons")),
            ReceptionCounts = Pair(N("ReceptionBatches"), N("ReceptionPersons")),
            VehiclePurchases = N("VehiclePurchases"),
            Vehicles = N("Vehicles"),
            Meetings = A("Meetings"),
            Training = A("Training"),
            Procurement = anyKind ? (goods ?? 0) + (works ?? 0) + (services ?? 0) : null,
            ProcurementByKind = anyKind ? (goods ?? 0, works ?? 0, services ?? 0) : null,
            SmallBusinessContracts = A("SmallBusiness"),
            LargeGeneralEquipment = N("LargeGeneralEquipment"),
            LargeSpecialEquipment = N("LargeSpecialEquipment"),
            Functions = info.GetValueOrDefault("部门职责"),
            Institutions = info.GetValueOrDefault("机构设置"),
            Reasons = ExplanationLines.Where(l => l.Kind == InputKind.Text && values.ContainsKey(l.Label)).ToDictionary(l => l.Key, l => values[l.Label].TrimEnd('。')),
        };
    }
}
