namespace Juesuan.Domain.Tables;

/// <summary>
/// The standard tables, recognised by title and shape (never by number: 公开07表 is 三公 in
/// one province and 政府性基金 in another).
/// </summary>
public enum TableKind
{
    /// <summary>Not one of the standard tables.</summary>
    Other,

    /// <summary>收入支出决算总表 (also 部门收支决算总表).</summary>
    IncomeExpenditureSummary,

    /// <summary>收入决算表.</summary>
    Income,

    /// <summary>支出决算表.</summary>
    Expenditure,

    /// <summary>财政拨款收入支出决算总表.</summary>
    FiscalGrantSummary,

    /// <summary>一般公共预算财政拨款支出决算表.</summary>
    GeneralBudgetExpenditure,

    /// <summary>一般公共预算财政拨款基本支出决算(明细)表.</summary>
    GeneralBudgetBasicExpenditure,

    /// <summary>政府性基金预算财政拨款收入支出决算表.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款(收入)支出决算表.</summary>
    StateCapital,

    /// <summary>财政拨款"三公"经费支出决算表.</summary>
    ThreePublicExpenses,

    /// <summary>机关运行经费 table (Shanghai).</summary>
    OperatingCosts,

    /// <summary>政府采购 table (Shanghai).</summary>
    GovernmentProcurement,

    /// <summary>部门整体支出绩效评价基础数据表.</summary>
    PerformanceBasicData,
}
