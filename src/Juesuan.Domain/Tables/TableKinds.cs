namespace Juesuan.Domain.Tables;

/// <summary>Names and title recognition of <see cref="TableKind"/>.</summary>
public static class TableKinds
{
    /// <summary>The nine standard public tables of a 部门决算, in the usual order.</summary>
    public static readonly IReadOnlyList<TableKind> Standard =
    [
        TableKind.IncomeExpenditureSummary, TableKind.Income, TableKind.Expenditure, TableKind.FiscalGrantSummary,
        TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.GovernmentFund,
        TableKind.StateCapital, TableKind.ThreePublicExpenses,
    ];

    /// <summary>The canonical Chinese title.</summary>
    public static string Title(this TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "收入支出决算总表",
        TableKind.Income => "收入决算表",
        TableKind.Expenditure => "支出决算表",
        TableKind.FiscalGrantSummary => "财政拨款收入支出决算总表",
        TableKind.GeneralBudgetExpenditure => "一般公共预算财政拨款支出决算表",
        TableKind.GeneralBudgetBasicExpenditure => "一般公共预算财政拨款基本支出决算表",
        TableKind.GovernmentFund => "政府性基金预算财政拨款收入支出决算表",
        TableKind.StateCapital => "国有资本经营预算财政拨款支出决算表",
        TableKind.ThreePublicExpenses => "财政拨款“三公”经费支出决算表",
        TableKind.OperatingCosts => "机关运行经费支出决算表",
        TableKind.GovernmentProcurement => "政府采购支出决算表",
        TableKind.PerformanceBasicData => "部门整体支出绩效评价基础数据表",
        _ => "表格",
    };

    /// <summary>The table's number in the national layout (公开01表 … 公开09表); null for other tables.</summary>
    public static string? PublicLabel(this TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "公开01表",
        TableKind.Income => "公开02表",
        TableKind.Expenditure => "公开03表",
        TableKind.FiscalGrantSummary => "公开04表",
        TableKind.GeneralBudgetExpenditure => "公开05表",
        TableKind.GeneralBudgetBasicExpenditure => "公开06表",
        TableKind.GovernmentFund => "公开07表",
        TableKind.StateCapital => "公开08表",
        TableKind.ThreePublicExpenses => "公开09表",
        _ => null,
    };

    /// <summary>
    /// Recognises a table title as printed ("部门收支决算总表", "财政拨款收支决算总表",
    /// "一般公共预算财政拨款基本支出决算明细表"); null when the text is not a table title.
    /// Order matters: the more specific titles are tested first.
    /// </summary>
    public static TableKind? FromTitle(string text)
    {
        var t = Compact(text);
        if (t.Length is < 4 or > 60 || !t.Contains('表', StringComparison.Ordinal))
        {
            return null;
        }

        bool Has(string s) => t.Contains(s, StringComparison.Ordinal);
        if (Has("绩效评价基础数据表") || Has("绩效自评基础数据表"))
        {
            return TableKind.PerformanceBasicData;
        }

        if (Has("绩效") || Has("说明") || t.StartsWith("注", StringComparison.Ordinal))
        {
            return null;
        }

        if (Has("三公") && Has("决算表"))
        {
            return TableKind.ThreePublicExpenses;
        }

        if (Has("政府性基金") && Has("决算表"))
        {
            return TableKind.GovernmentFund;
        }

        if (Has("国有资本经营") && Has("决算表"))
        {
            return TableKind.StateCapital;
        }

        if (Has("机关运行经费") && Has("表"))
        {
            return TableKind.OperatingCosts;
        }

        if (Has("政府采购") && Has("表"))
        {
            return TableKind.GovernmentProcurement;
        }

        if (Has("财政拨款") && (Has("收入支出决算总表") || Has("收支决算总表")))
        {
            return TableKind.FiscalGrantSummary;
        }

        if (Has("收入支出决算总表") || Has("收支决算总表"))
        {
            return TableKind.IncomeExpenditureSummary;
        }

        if (Has("一般公共预算财政拨款基本支出决算"))
        {
            return TableKind.GeneralBudgetBasicExpenditure;
        }

        if (Has("一般公共预算财政拨款支出决算表") || Has("一般公共预算财政拨款支出决算明细表"))
        {
            return TableKind.GeneralBudgetExpenditure;
        }

        if (Has("收入决算表"))
        {
            return TableKind.Income;
        }

        if (Has("支出决算表"))
        {
            return TableKind.Expenditure;
        }

        return null;
    }

    private static string Compact(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000' && c is not ('“' or '”' or '"' or '\'' or '‘' or '’'))
            {
                buffer[n++] = c;
            }
        }

        var s = new string(buffer[..n]);
        var bookmark = s.LastIndexOf(']');
        return bookmark >= 0 && s.StartsWith("[bookmark", StringComparison.OrdinalIgnoreCase) ? s[(bookmark + 1)..] : s;
    }
}
