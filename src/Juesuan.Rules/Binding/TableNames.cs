using Juesuan.Domain.Tables;

namespace Juesuan.Rules.Binding;

/// <summary>
/// The names rules use for the standard tables (short and full), and the columns each
/// table's canonical form has (see docs/parsing.md). Columns outside these lists can still be
/// addressed as quoted strings: <c>row."列名"</c>.
/// </summary>
public static class TableNames
{
    private static readonly Dictionary<string, TableKind> Aliases = new(StringComparer.Ordinal)
    {
        ["总表"] = TableKind.IncomeExpenditureSummary,
        ["收入表"] = TableKind.Income,
        ["支出表"] = TableKind.Expenditure,
        ["财政拨款总表"] = TableKind.FiscalGrantSummary,
        ["一般公共预算支出表"] = TableKind.GeneralBudgetExpenditure,
        ["基本支出表"] = TableKind.GeneralBudgetBasicExpenditure,
        ["政府性基金表"] = TableKind.GovernmentFund,
        ["国有资本经营表"] = TableKind.StateCapital,
        ["三公表"] = TableKind.ThreePublicExpenses,
    };

    private static readonly Dictionary<TableKind, string[]> KnownColumns = new()
    {
        [TableKind.IncomeExpenditureSummary] = ["决算数"],
        [TableKind.Income] = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        [TableKind.Expenditure] = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        [TableKind.FiscalGrantSummary] = ["决算数", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        [TableKind.GeneralBudgetExpenditure] = ["合计", "基本支出", "项目支出"],
        [TableKind.GeneralBudgetBasicExpenditure] = ["决算数"],
        [TableKind.GovernmentFund] = ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"],
        [TableKind.StateCapital] = ["合计", "基本支出", "项目支出"],
        [TableKind.ThreePublicExpenses] = ["预算数", "决算数"],
    };

    /// <summary>Short names, in table order, for documentation.</summary>
    public static IEnumerable<KeyValuePair<string, TableKind>> ShortNames => Aliases;

    /// <summary>The table a name refers to: a short name or the standard full title.</summary>
    public static TableKind? Find(string name)
    {
        if (Aliases.TryGetValue(name, out var kind))
        {
            return kind;
        }

        foreach (var k in TableKinds.Standard)
        {
            if (k.Title() == name)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Columns of a table's canonical form.</summary>
    public static IReadOnlyList<string> Columns(TableKind kind) => KnownColumns.TryGetValue(kind, out var c) ? c : [];

    /// <summary>The short name of a table, for messages.</summary>
    public static string ShortName(TableKind kind) => Aliases.FirstOrDefault(a => a.Value == kind).Key ?? kind.Title();
}
