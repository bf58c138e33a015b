using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Web.Public;

/// <summary>A figure by a named line: a function class (类) or a 三公 item, in 万元.</summary>
public sealed record FigureLine(string Key, string Name, decimal? Value);

/// <summary>
/// The figures the portal compares, sums and charts, read from a disclosure's standard tables
/// and converted to 万元. A figure the document does not print stays null (blank is not zero),
/// so a comparison shows "—" instead of a made-up change.
/// </summary>
public sealed record KeyFigures
{
    /// <summary>本年收入合计 of the 收入决算表.</summary>
    public decimal? Income { get; init; }

    /// <summary>本年支出合计 of the 支出决算表.</summary>
    public decimal? Expenditure { get; init; }

    /// <summary>基本支出 of the 支出决算表.</summary>
    public decimal? Basic { get; init; }

    /// <summary>项目支出 of the 支出决算表.</summary>
    public decimal? Project { get; init; }

    /// <summary>一般公共预算财政拨款支出合计.</summary>
    public decimal? GeneralBudget { get; init; }

    /// <summary>"三公"经费决算数合计.</summary>
    public decimal? ThreePublic { get; init; }

    /// <summary>Expenditure by function class (类), in printed order.</summary>
    public IReadOnlyList<FigureLine> ByClass { get; init; } = [];

    /// <summary>The 三公 items' 决算数: 因公出国（境）费, 公务用车购置及运行维护费, 公务接待费.</summary>
    public IReadOnlyList<FigureLine> ThreePublicItems { get; init; } = [];

    /// <summary>The names and values compared line by line on the comparison page.</summary>
    public IReadOnlyList<FigureLine> Headline =>
    [
        new("income", "本年收入合计", Income), new("expenditure", "本年支出合计", Expenditure),
        new("basic", "基本支出", Basic), new("project", "项目支出", Project),
        new("general", "一般公共预算财政拨款支出", GeneralBudget), new("three", "“三公”经费支出", ThreePublic),
    ];

    internal static readonly string[] ThreePublicNames = ["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"];

    /// <summary>Reads the figures of <paramref name="d"/>.</summary>
    public static KeyFigures Of(Disclosure d)
    {
        var expenditure = d.Table(TableKind.Expenditure);
        var total = expenditure?.Row("合计");
        var three = d.Table(TableKind.ThreePublicExpenses);
        return new KeyFigures
        {
            Income = Value(d.Table(TableKind.Income), "合计", "本年收入合计"),
            Expenditure = Value(expenditure, "合计", "本年支出合计"),
            Basic = Value(expenditure, "合计", "基本支出"),
            Project = Value(expenditure, "合计", "项目支出"),
            GeneralBudget = Value(d.Table(TableKind.GeneralBudgetExpenditure), "合计", "合计"),
            ThreePublic = Value(three, "合计", "决算数"),
            ByClass = expenditure is null ? [] : expenditure.Rows
                .Where(r => r.Code is { Kind: ClassificationKind.Function, Level: 1 })
                .Select(r => new FigureLine(r.Code!.Value.Digits, r.Name, ToWan(r.Value("本年支出合计"), expenditure.Unit)))
                .ToList(),
            ThreePublicItems = ThreePublicNames.Select(n => new FigureLine(n, n, Value(three, n, "决算数"))).ToList(),
        };
    }

    private static decimal? Value(DisclosureTable? table, string row, string column) =>
        table?.Row(row)?.Value(column) is { } a ? ToWan(a, table.Unit) : null;

    private static decimal? ToWan(Amount? amount, AmountUnit unit) =>
        amount is not { } a ? null : unit == AmountUnit.Yuan ? a.Value / 10000m : a.Value;
}
