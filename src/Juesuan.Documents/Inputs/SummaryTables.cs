using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Inputs;

/// <summary>
/// The two-sided 总表 and the 三公 table derived from the coded tables and the lines entered:
/// the expenditure side lists the function classes (类) of the spending tables, and every
/// 本年合计 and 总计 is summed here, so the totals cannot disagree with the detail.
/// </summary>
internal static class SummaryTables
{
    private const string Actual = "决算数";

    public static DisclosureTable Total(Dictionary<TableKind, DisclosureTable> tables, IReadOnlyList<(string Section, string Name, decimal? Value)> lines)
    {
        decimal? Line(string name) => lines.FirstOrDefault(l => l.Name == name).Value;
        var incomeLines = lines.Where(l => l.Section == "收入" && l.Name.Contains('、', StringComparison.Ordinal)).ToList();
        var income = Totals.Add(incomeLines.Select(l => l.Value));
        var classes = Classes(tables.GetValueOrDefault(TableKind.Expenditure), "本年支出合计");
        var spending = Totals.Add(classes.Select(c => c.Value));
        var rows = new List<TableRow>();
        rows.AddRange(incomeLines.Select(l => Side("收入", l.Name, l.Value)));
        rows.Add(Side("收入", "本年收入合计", income));
        rows.Add(Side("收入", "使用非财政拨款结余", Line("使用非财政拨款结余")));
        rows.Add(Side("收入", "年初结转和结余", Line("年初结转和结余")));
        rows.Add(Side("收入", "总计", Totals.Add([income, Line("使用非财政拨款结余"), Line("年初结转和结余")])));
        rows.AddRange(classes.Select(c => Side("支出", c.Name, c.Value) with { Code = c.Code }));
        rows.Add(Side("支出", "本年支出合计", spending));
        rows.Add(Side("支出", "结余分配", Line("结余分配")));
        rows.Add(Side("支出", "年末结转和结余", Line("年末结转和结余")));
        rows.Add(Side("支出", "总计", Totals.Add([spending, Line("结余分配"), Line("年末结转和结余")])));
        return Table(TableKind.IncomeExpenditureSummary, [Actual], rows);
    }

    public static DisclosureTable Grants(Dictionary<TableKind, DisclosureTable> tables, IReadOnlyList<(string Section, string Name, decimal? Value)> lines)
    {
        decimal? Line(string name) => lines.FirstOrDefault(l => l.Name == name).Value;
        string[] columns = [Actual, "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];
        var general = Line("一、一般公共预算财政拨款收入");
        var fund = Line("二、政府性基金预算财政拨款收入");
        var capital = Line("三、国有资本经营预算财政拨款收入");
        var income = Totals.Add([general, fund, capital]);
        var sources = new[]
        {
            Classes(tables.GetValueOrDefault(TableKind.GeneralBudgetExpenditure), "合计"),
            Classes(tables.GetValueOrDefault(TableKind.GovernmentFund), "本年支出合计"),
            Classes(tables.GetValueOrDefault(TableKind.StateCapital), "合计"),
        };
        var codes = sources.SelectMany(s => s).Select(c => c.Code).Distinct().OrderBy(c => c.Digits, StringComparer.Ordinal).ToList();
        var rows = new List<TableRow>
        {
            Side("收入", "一、一般公共预算财政拨款", general),
            Side("收入", "二、政府性基金预算财政拨款", fund),
            Side("收入", "三、国有资本经营预算财政拨款", capital),
            Side("收入", "本年收入合计", income),
            Side("收入", "年初财政拨款结转和结余", Line("年初财政拨款结转和结余")),
            Side("收入", "总计", Totals.Add([income, Line("年初财政拨款结转和结余")])),
        };
        decimal?[] Split(Func<(ClassificationCode Code, string Name, decimal? Value), bool> pick) =>
            sources.Select(s => Totals.Add(s.Where(pick).Select(c => c.Value))).ToArray();
        TableRow Spending(string name, decimal?[] parts) =>
            new() { Name = name, Section = "支出", Cells = [.. columns.Skip(1).Zip([Totals.Add(parts), .. parts]).Select(p => Totals.Cell(p.First, p.Second))], Location = new SourceLocation() };
        foreach (var code in codes)
        {
            var name = sources.SelectMany(s => s).First(c => c.Code == code).Name;
            rows.Add(Spending(name, Split(c => c.Code == code)) with { Code = code });
        }

        var spending = Split(_ => true);
        rows.Add(Spending("本年支出合计", spending));
        var end = Line("年末财政拨款结转和结余");
        rows.Add(Spending("年末财政拨款结转和结余", [end, null, null]));
        rows.Add(Spending("总计", [Totals.Add([spending[0], end]), spending[1], spending[2]]));
        return Table(TableKind.FiscalGrantSummary, columns, rows);
    }

    public static DisclosureTable ThreePublic(IReadOnlyList<(string Name, decimal? Budget, decimal? Actual)> lines)
    {
        (decimal? Budget, decimal? Actual) Get(string name) => lines.Where(l => l.Name == name).Select(l => (l.Budget, l.Actual)).FirstOrDefault();
        (decimal? Budget, decimal? Actual) Sum(params string[] names) =>
            (Totals.Add(names.Select(n => Get(n).Budget)), Totals.Add(names.Select(n => Get(n).Actual)));
        TableRow Row(string name, (decimal? Budget, decimal? Actual) v) =>
            new() { Name = name, Cells = [Totals.Cell("预算数", v.Budget), Totals.Cell(Actual, v.Actual)], Location = new SourceLocation() };
        var rows = new List<TableRow>
        {
            Row("合计", Sum([.. lines.Select(l => l.Name)])),
            Row("因公出国（境）费", Get("因公出国（境）费")),
            Row("公务用车购置及运行维护费", Sum("公务用车购置费", "公务用车运行维护费")),
            Row("公务用车购置费", Get("公务用车购置费")),
            Row("公务用车运行维护费", Get("公务用车运行维护费")),
            Row("公务接待费", Get("公务接待费")),
        };
        return Table(TableKind.ThreePublicExpenses, ["预算数", Actual], rows);
    }

    /// <summary>The 类 rows of a coded table with their value in <paramref name="column"/>.</summary>
    private static List<(ClassificationCode Code, string Name, decimal? Value)> Classes(DisclosureTable? t, string column) =>
        t is null ? [] : [.. t.Rows.Where(r => r.Code?.Level == 1).Select(r => (r.Code!.Value, r.Name, r.Value(column)?.Value))];

    private static TableRow Side(string section, string name, decimal? value) =>
        new() { Section = section, Name = name, Cells = [Totals.Cell(Actual, value)], Location = new SourceLocation() };

    private static DisclosureTable Table(TableKind kind, IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows) =>
        new() { Kind = kind, Title = kind.Title(), Unit = Domain.Amounts.AmountUnit.WanYuan, Columns = columns, Rows = rows };
}
