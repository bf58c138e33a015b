using System.Text.RegularExpressions;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Rules.Claims;

/// <summary>
/// Maps the subject of an amount in 情况说明 ("2024年度收入合计", "其中：基本支出", "一般公共服务（类）支出")
/// to the table figures it must equal, using the section it is written under. Returns the
/// acceptable figures (any one may match: e.g. 基本支出 in 05 and 人员经费 + 公用经费 in 06),
/// or none when the subject is not a table figure (budgets, prior years, counts).
/// </summary>
internal static partial class SubjectResolver
{
    private static readonly string[] IncomeColumns = ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
    private static readonly string[] ExpenditureColumns = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

    /// <summary>Table figures the subject (already <see cref="Clean"/>ed) names, with a description of the item.</summary>
    public static (string Item, IReadOnlyList<TableFigure> Figures)? Resolve(Disclosure d, Topic topic, string subject, string? threePublicItem)
    {
        var s = subject;
        if (s.Length == 0 || Excluded().IsMatch(s))
        {
            return null;
        }

        if (topic == Topic.ThreePublic && threePublicItem is not null)
        {
            var measure = s.Contains("预算", StringComparison.Ordinal) && !s.Contains("决算", StringComparison.Ordinal) ? "预算数" : "决算数";
            return Result($"“三公”经费 {threePublicItem} {measure}", TableFigure.Cell(d, TableKind.ThreePublicExpenses, threePublicItem, measure));
        }

        if (s.Contains("预算", StringComparison.Ordinal))
        {
            return null;
        }

        // "一般公共服务（类）支出", "一般公共服务支出（类）", or the bare class name "一般公共服务支出".
        if ((ClassName().Match(s) is { Success: true } cls ? FindClass(d, cls.Groups["name"].Value) : s.EndsWith("支出", StringComparison.Ordinal) ? FindClass(d, s) : null) is { } entry)
        {
            var item = $"{CatalogNames.Normalize(entry.Name)}（{entry.Code.Digits}）";
            var code = entry.Code.Digits;
            return topic == Topic.General
                ? Result(item, TableFigure.Coded(d, TableKind.GeneralBudgetExpenditure, code, "合计"))
                : Result(item, TableFigure.Coded(d, TableKind.Expenditure, code, "本年支出合计"), TableFigure.Coded(d, TableKind.GeneralBudgetExpenditure, code, "合计"));
        }

        if (GrandTotal().Match(s) is { Success: true } grand)
        {
            var side = grand.Groups["side"].Value == "收入" ? "收入" : "支出";
            return Result($"{side}总计", TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "总计", "决算数", side));
        }

        if (TotalOfBoth().IsMatch(s))
        {
            return s.Contains("财政拨款", StringComparison.Ordinal) || topic == Topic.GrantOverview
                ? Result("财政拨款收支总计", TableFigure.Cell(d, TableKind.FiscalGrantSummary, "总计", "决算数", "收入"))
                : Result("收支总计", TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "总计", "决算数", "收入"));
        }

        if (topic == Topic.Income)
        {
            if (IncomeTotal().IsMatch(s))
            {
                return Result("本年收入合计", TableFigure.Cell(d, TableKind.Income, "合计", "本年收入合计"), TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "本年收入合计", "决算数", "收入"));
            }

            if (IncomeColumns.FirstOrDefault(c => Names(s, c)) is { } col)
            {
                return Result(col, TableFigure.Cell(d, TableKind.Income, "合计", col));
            }
        }

        if (topic == Topic.Basic)
        {
            if (s.EndsWith("人员经费", StringComparison.Ordinal))
            {
                return Result("人员经费", TableFigure.Cell(d, TableKind.GeneralBudgetBasicExpenditure, "人员经费合计", "决算数"));
            }

            if (s.EndsWith("公用经费", StringComparison.Ordinal))
            {
                return Result("公用经费", TableFigure.Cell(d, TableKind.GeneralBudgetBasicExpenditure, "公用经费合计", "决算数"));
            }

            if (s.EndsWith("基本支出", StringComparison.Ordinal))
            {
                return Result(
                    "一般公共预算财政拨款基本支出",
                    TableFigure.Cell(d, TableKind.GeneralBudgetExpenditure, "合计", "基本支出"),
                    TableFigure.Sum(TableFigure.Cell(d, TableKind.GeneralBudgetBasicExpenditure, "人员经费合计", "决算数"), TableFigure.Cell(d, TableKind.GeneralBudgetBasicExpenditure, "公用经费合计", "决算数")));
            }
        }

        if (topic == Topic.General)
        {
            if (GrantSpending().IsMatch(s))
            {
                return Result("一般公共预算财政拨款支出", TableFigure.Cell(d, TableKind.GeneralBudgetExpenditure, "合计", "合计"));
            }
        }

        if (topic == Topic.Expenditure)
        {
            if (SpendingTotal().IsMatch(s))
            {
                return Result("本年支出合计", TableFigure.Cell(d, TableKind.Expenditure, "合计", "本年支出合计"), TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "本年支出合计", "决算数", "支出"));
            }

            if (ExpenditureColumns.FirstOrDefault(c => Names(s, c)) is { } col)
            {
                return Result(col, TableFigure.Cell(d, TableKind.Expenditure, "合计", col));
            }
        }

        // Named anywhere (e.g. the base of a share: "占本年支出合计的…%").
        return s switch
        {
            "本年支出合计" or "支出合计" or "本年支出" or "总支出" or "支出总额" => Result("本年支出合计", TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "本年支出合计", "决算数", "支出")),
            "本年收入合计" or "收入合计" or "本年收入" or "总收入" or "收入总额" => Result("本年收入合计", TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "本年收入合计", "决算数", "收入")),
            _ => null,
        };
    }

    /// <summary>
    /// The subject is the column itself, or ends with it after words that do not narrow its scope
    /// ("实际基本支出"); "一般公共预算财政拨款收入" is only part of 财政拨款收入, so it does not count.
    /// </summary>
    private static bool Names(string subject, string column) =>
        subject == column
        || (subject.EndsWith(column, StringComparison.Ordinal) && !ScopeWords().IsMatch(subject.AsSpan(0, subject.Length - column.Length)));

    /// <summary>The 三公 item a clause names, if any.</summary>
    public static string? ThreePublicItem(string text)
    {
        if (text.Contains("因公出国", StringComparison.Ordinal))
        {
            return "因公出国（境）费";
        }

        if (CarsBoth().IsMatch(text))
        {
            return "公务用车购置及运行维护费";
        }

        if (text.Contains("公务用车购置", StringComparison.Ordinal))
        {
            return "公务用车购置费";
        }

        if (text.Contains("公务用车运行", StringComparison.Ordinal))
        {
            return "公务用车运行维护费";
        }

        if (text.Contains("公务接待", StringComparison.Ordinal))
        {
            return "公务接待费";
        }

        return text.Contains("三公", StringComparison.Ordinal) ? "合计" : null;
    }

    /// <summary>The subject without year, department words, list numbers and linking verbs.</summary>
    public static string Clean(string subject)
    {
        var s = CatalogNames.StripListNumber(subject.Trim());
        s = Leading().Replace(s, string.Empty);
        s = Trailing().Replace(s, string.Empty);
        return s.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal).Trim();
    }

    private static CatalogEntry? FindClass(Disclosure d, string name)
    {
        var catalog = Catalog.For(ClassificationKind.Function, d.Year ?? 2024);
        return catalog.FindClassByName(name + "支出") ?? catalog.FindClassByName(name);
    }

    private static (string, IReadOnlyList<TableFigure>)? Result(string item, params TableFigure?[] figures)
    {
        var present = figures.OfType<TableFigure>().ToList();
        return present.Count == 0 ? null : (item, present);
    }

    [GeneratedRegex("预算|基金|资本|财政|专户|其他")]
    private static partial Regex ScopeWords();

    [GeneratedRegex("^(?<side>收入|支出)总计$")]
    private static partial Regex GrandTotal();

    [GeneratedRegex("收、?支总计|收支总额|收入支出总计")]
    private static partial Regex TotalOfBoth();

    [GeneratedRegex("^(本年)?收入(合计|总额)$")]
    private static partial Regex IncomeTotal();

    [GeneratedRegex("^(一般公共预算)?财政拨款支出$")]
    private static partial Regex GrantSpending();

    [GeneratedRegex("^(本年)?支出(合计|总额)$")]
    private static partial Regex SpendingTotal();

    [GeneratedRegex("公务用车购置(费)?及运行")]
    private static partial Regex CarsBoth();

    [GeneratedRegex(@"^(其中[：:]?|\d{4}年度?|本年度|全年|本部门|本单位|我单位|我部门|部门|单位|共|合计)+")]
    private static partial Regex Leading();

    [GeneratedRegex(@"(为|是|共计|共|合计为|达到|达)$", RegexOptions.RightToLeft)]
    private static partial Regex Trailing();

    [GeneratedRegex("上年|去年|同比|比|较|相比|结转|结余|年初|年末|调整|追加|目标|资金总额|项目资金|绩效|增|减|下降|降低")]
    private static partial Regex Excluded();

    [GeneratedRegex(@"^(?<name>[^（(，。]+?)[（(]类[）)]")]
    private static partial Regex ClassName();
}
