using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Samples;

/// <summary>
/// A small, internally consistent disclosure of a fictional department, for the demo and as a
/// starting point for tests: its tables add up, its text states what the tables say.
/// </summary>
public static class SampleDisclosure
{
    /// <summary>The fictional department's name.</summary>
    public const string Department = "示例县财政局";

    /// <summary>Builds the sample for a fiscal year.</summary>
    public static Disclosure Create(int year = 2024) => Build(new SampleSpec
    {
        Department = Department,
        Year = year,
        Items =
        [
            ("2010601", 812.40m, 0m), ("2010602", 0m, 96.35m), ("2080505", 88.12m, 0m), ("2080506", 44.06m, 0m),
            ("2101101", 39.80m, 0m), ("2210201", 71.25m, 0m),
        ],
        PriorTotal = 1080.52m,
        InitialBudget = 1120.00m,
        PriorThreePublic = 10.12m,
        PriorOperating = 190.33m,
    });

    /// <summary>Builds a consistent disclosure — nine tables, 情况说明 and a self-evaluation — from a spec.</summary>
    public static Disclosure Build(SampleSpec spec)
    {
        var year = spec.Year;
        var items = spec.Items;
        var catalog = Catalog.For(ClassificationKind.Function, year);
        var lines = items.SelectMany(i => new[] { i.Code[..3], i.Code[..5], i.Code }).Distinct().Order(StringComparer.Ordinal).ToList();
        (decimal Basic, decimal Project) Sum(string prefix) =>
            (items.Where(i => i.Code.StartsWith(prefix, StringComparison.Ordinal)).Sum(i => i.Basic), items.Where(i => i.Code.StartsWith(prefix, StringComparison.Ordinal)).Sum(i => i.Project));
        var (basic, project) = Sum(string.Empty);
        var total = basic + project;

        TableRow Coded(string code, params (string Column, decimal? Value)[] values) => new()
        {
            Code = ClassificationCode.Function(code),
            Name = catalog.Find(code)?.Name ?? code,
            Cells = values.Select(v => Cell(v.Column, v.Value)).ToList(),
        };

        var income = Table(TableKind.Income, ["本年收入合计", "财政拨款收入"], [
            Row("合计", ("本年收入合计", total), ("财政拨款收入", total)),
            .. lines.Select(c => Coded(c, ("本年收入合计", Sum(c).Basic + Sum(c).Project), ("财政拨款收入", Sum(c).Basic + Sum(c).Project))),
        ]);
        var expenditure = Table(TableKind.Expenditure, ["本年支出合计", "基本支出", "项目支出"], [
            Row("合计", ("本年支出合计", total), ("基本支出", basic), ("项目支出", project)),
            .. lines.Select(c => Coded(c, ("本年支出合计", Sum(c).Basic + Sum(c).Project), ("基本支出", NullIfZero(Sum(c).Basic)), ("项目支出", NullIfZero(Sum(c).Project)))),
        ]);
        var general = expenditure with
        {
            Kind = TableKind.GeneralBudgetExpenditure,
            Title = TableKind.GeneralBudgetExpenditure.Title(),
            Columns = ["合计", "基本支出", "项目支出"],
            Rows = expenditure.Rows.Select(r => r with { Cells = r.Cells.Select(c => c.Key == "本年支出合计" ? Cell("合计", c.Value.Amount?.Value) : c).ToList() }).ToList(),
        };
        var classes = lines.Where(c => c.Length == 3).ToList();
        var summary = Table(TableKind.IncomeExpenditureSummary, ["决算数"], [
            Side("收入", "一、一般公共预算财政拨款收入", total),
            Side("收入", "本年收入合计", total),
            Side("收入", "年初结转和结余", 0m),
            Side("收入", "总计", total),
            .. classes.Select(c => Side("支出", catalog.Find(c)!.Name, Sum(c).Basic + Sum(c).Project) with { Code = ClassificationCode.Function(c) }),
            Side("支出", "本年支出合计", total),
            Side("支出", "年末结转和结余", 0m),
            Side("支出", "总计", total),
        ]);
        var grants = Table(TableKind.FiscalGrantSummary, ["决算数", "合计", "一般公共预算财政拨款"], [
            Side("收入", "一、一般公共预算财政拨款", total),
            Side("收入", "本年收入合计", total),
            Side("收入", "年初财政拨款结转和结余", 0m),
            Side("收入", "总计", total),
            .. classes.Select(c => Row(catalog.Find(c)!.Name, ("合计", Sum(c).Basic + Sum(c).Project), ("一般公共预算财政拨款", Sum(c).Basic + Sum(c).Project)) with { Section = "支出", Code = ClassificationCode.Function(c) }),
            Row("本年支出合计", ("合计", total), ("一般公共预算财政拨款", total)) with { Section = "支出" },
            Row("年末财政拨款结转和结余", ("合计", 0m), ("一般公共预算财政拨款", 0m)) with { Section = "支出" },
            Row("总计", ("合计", total), ("一般公共预算财政拨款", total)) with { Section = "支出" },
        ]);
        string[] fundColumns = ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"];
        var fund = Table(TableKind.GovernmentFund, fundColumns, [Row("合计", [.. fundColumns.Select(c => (c, (decimal?)0m))])]) with { DeclaredEmpty = true };
        var capital = Table(TableKind.StateCapital, ["合计", "基本支出", "项目支出"], [Row("合计", ("合计", 0m), ("基本支出", 0m), ("项目支出", 0m))]) with { DeclaredEmpty = true };
        var basicTable = SampleEconomic.BasicTable(basic, spec.Reception.Actual, spec.CarRunning.Actual, spec.Abroad.Actual);
        var cars = spec.CarRunning;
        var three = Table(TableKind.ThreePublicExpenses, ["预算数", "决算数"], [
            Row("合计", ("预算数", spec.Abroad.Budget + cars.Budget + spec.Reception.Budget), ("决算数", spec.Abroad.Actual + cars.Actual + spec.Reception.Actual)),
            Row("因公出国（境）费", ("预算数", spec.Abroad.Budget), ("决算数", spec.Abroad.Actual)),
            Row("公务用车购置及运行维护费", ("预算数", cars.Budget), ("决算数", cars.Actual)),
            Row("公务用车购置费", ("预算数", 0m), ("决算数", 0m)),
            Row("公务用车运行维护费", ("预算数", cars.Budget), ("决算数", cars.Actual)),
            Row("公务接待费", ("预算数", spec.Reception.Budget), ("决算数", spec.Reception.Actual)),
        ]);
        var tables = new[] { summary, income, expenditure, grants, general, basicTable, fund, capital, three }
            .Select((t, i) => t with { Label = $"公开{i + 1:00}表", Order = 100 + (i * 16) })
            .ToList();
        var evaluation = SampleEvaluation.Create(year, total, spec.Department, basic, project) with { Order = 2000 };
        var figures = new SampleFigures(spec, total, basic, project, classes.Select(c => (catalog.Find(c)!.Name, Sum(c).Basic + Sum(c).Project)).ToList(), basicTable, evaluation);
        var narrative = SampleText.Paragraphs(figures).ToList();
        return new Disclosure
        {
            Department = spec.Department,
            Year = year,
            Format = "model",
            Tables = tables,
            Narrative = narrative,
            Evaluations = [evaluation],
        };
    }

    private static decimal? NullIfZero(decimal v) => v == 0 ? null : v;

    internal static KeyValuePair<string, TableCell> Cell(string column, decimal? value) =>
        new(column, new TableCell(value is { } v ? Amount.Of(v, 2) : null, value is { } x ? Amount.Of(x, 2).ToString() : string.Empty, new SourceLocation()));

    internal static TableRow Row(string name, params (string Column, decimal? Value)[] values) =>
        new() { Name = name, Cells = values.Select(v => Cell(v.Column, v.Value)).ToList() };

    private static TableRow Side(string section, string name, decimal value) => Row(name, ("决算数", value)) with { Section = section };

    internal static DisclosureTable Table(TableKind kind, IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows) =>
        new() { Kind = kind, Title = kind.Title(), Unit = AmountUnit.WanYuan, Columns = columns, Rows = rows };
}
