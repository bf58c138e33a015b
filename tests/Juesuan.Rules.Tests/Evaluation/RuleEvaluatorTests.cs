using Juesuan.Documents.Samples;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Binding;
using Juesuan.Rules.Evaluation;
using Juesuan.Rules.Language;

namespace Juesuan.Rules.Tests.Evaluation;

public class RuleEvaluatorTests
{
    private static List<RuleOutcome> Run(string rules, Disclosure? d = null)
    {
        var errors = new List<RuleFileError>();
        var compiled = RuleCompiler.Compile(rules, "t.rules", errors);
        Assert.Empty(errors);
        var evaluator = new RuleEvaluator(d ?? SampleDisclosure.Create());
        return compiled.SelectMany(evaluator.Evaluate).ToList();
    }

    [Fact]
    public void Evaluate_HoldingIdentity_Passes()
    {
        var o = Assert.Single(Run("rule A error \"t\" assert 支出表[合计].本年支出合计 = sum(支出表[类].本年支出合计)"));
        Assert.Equal(OutcomeStatus.Passed, o.Status);
    }

    [Fact]
    public void Evaluate_BrokenIdentity_FailsWithExpectedActualAndCells()
    {
        var o = Assert.Single(Run("rule A error \"t\" assert 支出表[合计].本年支出合计 = sum(支出表[类].本年支出合计) + 1"));
        Assert.Equal(OutcomeStatus.Failed, o.Status);
        Assert.Equal(1151.98m, o.Comparison!.Left.Value);
        Assert.Equal(1152.98m, o.Comparison.Right.Value);
        Assert.Contains(o.Inputs, i => i.Label.Contains("201 一般公共服务支出", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_MissingTable_IsNotCheckedWithReason()
    {
        var d = SampleDisclosure.Create() with { Tables = [] };
        var o = Assert.Single(Run("rule A error \"t\" assert 三公表[合计].决算数 = 1", d));
        Assert.Equal(OutcomeStatus.NotChecked, o.Status);
        Assert.Equal("缺少财政拨款“三公”经费支出决算表", o.Reason);
    }

    [Fact]
    public void Evaluate_BlankCell_IsNotCheckedUnlessCoalesced()
    {
        var blank = Run("rule A error \"t\" assert 总表[支出:结余分配].决算数 = 0");
        Assert.Equal(OutcomeStatus.NotChecked, Assert.Single(blank).Status);
        var coalesced = Run("rule A error \"t\" assert 总表[支出:结余分配].决算数 ?? 0 = 0");
        Assert.Equal(OutcomeStatus.Passed, Assert.Single(coalesced).Status);
    }

    [Fact]
    public void Evaluate_DivisionByZero_IsNotChecked()
    {
        var o = Assert.Single(Run("rule A error \"t\" assert 1 / 总表[收入:年初结转和结余].决算数 = 1"));
        Assert.Equal(OutcomeStatus.NotChecked, o.Status);
        Assert.Equal("除数为零或可能为零", o.Reason);
    }

    [Fact]
    public void Evaluate_ForLoop_OneOutcomePerRowWithFigures()
    {
        var outcomes = Run("rule A error \"t\" for r in 支出表[款] when count(children(r)) > 0 assert r.本年支出合计 = sum(children(r).本年支出合计)");
        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Passed, o.Status));
        Assert.Equal(SampleDisclosure.Create().Table(TableKind.Expenditure)!.Rows.Count(r => r.Code?.Level == 2), outcomes.Count);
        Assert.Contains(outcomes, o => o.Row == "20106 财政事务");
    }

    [Fact]
    public void Evaluate_SameRowInAnotherTable_FollowsTheLoopRow()
    {
        var outcomes = Run("rule A error \"t\" for r in 总表[类] when exists(r.决算数) assert r.决算数 = 支出表[r].本年支出合计");
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Passed, o.Status));
    }

    [Fact]
    public void Evaluate_RoundingOnlyGap_IsReportedAsGapNotFailure()
    {
        // 1.004 printed as 1.00 three times sums to 3.00; the total 3.01 is within the rounding of the parts.
        var o = Assert.Single(Run("rule A error \"t\" assert 3.01 = 1.00 + 1.00 + 1.00"));
        Assert.Equal(OutcomeStatus.Failed, o.Status); // literals are exact
        var g = Assert.Single(Run("rule A error \"t\" assert 支出表[合计].本年支出合计 = sum(支出表[类].本年支出合计) + 0.01"));
        Assert.Equal(OutcomeStatus.RoundingGap, g.Status);
    }

    [Theory]
    [InlineData("三公表[公务接待费].决算数 <= 三公表[公务接待费].预算数", OutcomeStatus.Passed)]
    [InlineData("三公表[公务接待费].预算数 <= 三公表[公务接待费].决算数", OutcomeStatus.Failed)]
    [InlineData("not exists(三公表) or 三公表[合计].决算数 > 0", OutcomeStatus.Passed)]
    [InlineData("filled(政府性基金表)", OutcomeStatus.Failed)]
    [InlineData("exists(政府性基金表)", OutcomeStatus.Passed)]
    [InlineData("abs(0 - 三公表[合计].决算数) = 9.46", OutcomeStatus.Passed)]
    [InlineData("max(1, 2, 3) = 3 and min(1, 2) = 1", OutcomeStatus.Passed)]
    [InlineData("count(支出表[项]) = 6", OutcomeStatus.Passed)]
    [InlineData("sum(支出表[201*].本年支出合计) = 2 * 908.75", OutcomeStatus.Passed)]
    public void Evaluate_Operators(string assertion, OutcomeStatus expected)
    {
        Assert.Equal(expected, Assert.Single(Run($"rule A error \"t\" assert {assertion}")).Status);
    }
}
