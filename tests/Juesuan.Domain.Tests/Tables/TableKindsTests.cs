using Juesuan.Domain.Tables;

namespace Juesuan.Domain.Tests.Tables;

public class TableKindsTests
{
    [Theory]
    [InlineData("收入支出决算总表", TableKind.IncomeExpenditureSummary)]
    [InlineData("部门收支决算总表", TableKind.IncomeExpenditureSummary)]
    [InlineData("财政拨款收支决算总表", TableKind.FiscalGrantSummary)]
    [InlineData("[bookmark: RANGE!A1:F16]财政拨款收入支出决算总表", TableKind.FiscalGrantSummary)]
    [InlineData("部门收入决算表", TableKind.Income)]
    [InlineData("支出决算表", TableKind.Expenditure)]
    [InlineData("一般公共预算财政拨款支出决算表", TableKind.GeneralBudgetExpenditure)]
    [InlineData("一般公共预算财政拨款基本支出决算明细表", TableKind.GeneralBudgetBasicExpenditure)]
    [InlineData("一般公共预算财政拨款基本支出决算表", TableKind.GeneralBudgetBasicExpenditure)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", TableKind.GovernmentFund)]
    [InlineData("国有资本经营预算财政拨款收入支出决算表", TableKind.StateCapital)]
    [InlineData("财政拨款“三公”经费支出决算表", TableKind.ThreePublicExpenses)]
    [InlineData("部门整体支出绩效评价基础数据表", TableKind.PerformanceBasicData)]
    public void FromTitle_RecognisesTitlesAsPrinted(string title, TableKind kind) => Assert.Equal(kind, TableKinds.FromTitle(title));

    [Theory]
    [InlineData("三、支出决算情况说明")]
    [InlineData("注：本表反映部门本年度各项支出情况。")]
    [InlineData("2024年度项目支出绩效自评表")]
    [InlineData("")]
    public void FromTitle_NotATableTitle_IsNull(string text) => Assert.Null(TableKinds.FromTitle(text));
}
