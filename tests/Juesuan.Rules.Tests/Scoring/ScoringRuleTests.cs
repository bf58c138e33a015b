using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Juesuan.Rules.Scoring;
using Juesuan.Rules.Scoring.Rules;

namespace Juesuan.Rules.Tests.Scoring;

/// <summary>Each rule kind, from rubric sentences as documents word them.</summary>
public class ScoringRuleTests
{
    private static decimal? Score(ScoringRule rule, decimal weight, decimal value) => rule.Score(weight, IndicatorValue.Of(value, "test"))?.Score;

    // "“三公经费”变动率≤0,计3分；＞0，每超过一个百分点扣0.3分，扣完为止。"
    [Theory]
    [InlineData(-5, 3)]
    [InlineData(0, 3)]
    [InlineData(4, 1.8)]
    [InlineData(10, 0)]
    [InlineData(50, 0)]
    public void Deduction_PerPercentagePointOverLimit_DownToZero(decimal change, decimal expected) =>
        Assert.Equal(expected, Score(new DeductionRule { Limit = 0, Per = 0.3m }, 3, change));

    // "非税收入完成率100%，2分，每少一个百分点，扣0.1分，扣完为止。"
    [Theory]
    [InlineData(100, 2)]
    [InlineData(105, 2)]
    [InlineData(95, 1.5)]
    [InlineData(60, 0)]
    public void Deduction_PerPointShort(decimal rate, decimal expected) =>
        Assert.Equal(expected, Score(new DeductionRule { Limit = 100, Above = false, Per = 0.1m }, 2, rate));

    [Fact]
    public void Deduction_WholeStepsOnly_IgnoresAPartialPoint() =>
        Assert.Equal(2.7m, Score(new DeductionRule { Limit = 0, Per = 0.3m, WholeSteps = true }, 3, 1.9m));

    // "重点支出安排率≥90%，计2分；80%（含）-90%，计1分；70%（含）-80%，计0.5分；低于70%不得分。"
    [Theory]
    [InlineData(95, 2)]
    [InlineData(90, 2)]
    [InlineData(89.99, 1)]
    [InlineData(80, 1)]
    [InlineData(75, 0.5)]
    [InlineData(69, 0)]
    public void Bands_ThresholdsWithInclusiveLowerBounds(decimal rate, decimal expected)
    {
        var rule = new BandsRule { Bands = [new Band { Min = 90, Points = 2 }, new Band { Min = 80, Max = 90, Points = 1 }, new Band { Min = 70, Max = 80, Points = 0.5m }, new Band { Points = 0 }] };
        Assert.Equal(expected, Score(rule, 2, rate));
    }

    // "完成率<1，计2分，完成率=1，计1分，完成率>1，不得分。"
    [Theory]
    [InlineData(99.5, 2)]
    [InlineData(100, 1)]
    [InlineData(135, 0)]
    public void Bands_BelowAtAndAboveOneHundred(decimal rate, decimal expected)
    {
        var system = IndicatorSystems.Find("beita-2022")!;
        var leaf = system.Leaves().Single(l => l.Leaf.Name == "预算完成率").Leaf;
        Assert.Equal(expected, Score(leaf.Rule!, leaf.Weight, rate));
    }

    // "①…1分；②…1分；③…1分，每少一项扣1分，扣完为止。"
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 2)]
    [InlineData(5, 0)]
    public void Checklist_EachMissingItemCosts(decimal missing, decimal expected) =>
        Assert.Equal(expected, Score(new ChecklistRule { Per = 1 }, 3, missing));

    // "优秀，计3分；良好，2分；合格，1分；不合格，0分。"
    [Theory]
    [InlineData("优秀", 3)]
    [InlineData("良好", 2)]
    [InlineData("合格", 1)]
    [InlineData("不合格", 0)]
    public void Grade_QualitativeLevelsAreSharesOfTheWeight(string grade, decimal expected)
    {
        var rule = new GradeRule { Shares = new Dictionary<string, decimal> { ["优秀"] = 1, ["良好"] = 2m / 3, ["合格"] = 1m / 3, ["不合格"] = 0 } };
        Assert.Equal(expected, Math.Round(rule.Score(3, IndicatorValue.OfGrade(grade, "test"))!.Score));
    }

    // "预算执行率 得分 = 执行率 × 分值", "该项得分=重点工作完成率×2"
    [Theory]
    [InlineData(99.70, 10, 9.97)]
    [InlineData(135, 10, 10)]
    [InlineData(80, 2, 1.6)]
    public void Rate_TimesWeightCapped(decimal rate, decimal weight, decimal expected) =>
        Assert.Equal(expected, Score(new RateRule(), weight, rate));

    [Theory]
    [InlineData(21, 10, false, 10)]
    [InlineData(5, 10, false, 5)]
    [InlineData(12, 10, true, 8.33)]
    [InlineData(0, 10, true, 10)]
    public void Ratio_PositiveAndReverseCapped(decimal actual, decimal target, bool reverse, decimal expected) =>
        Assert.Equal(expected, Score(new RatioRule { Target = target, Reverse = reverse }, 10, actual));

    [Fact]
    public void Ratio_ZeroTarget_ScoresWhatTheSystemSays() =>
        Assert.Equal(0m, Score(new RatioRule { Target = 0, OnZero = 0 }, 10, 5));

    [Fact]
    public void Rules_ValueOfTheWrongKind_IsNotScored()
    {
        Assert.Null(new DeductionRule { Per = 1 }.Score(3, IndicatorValue.OfGrade("优秀", "x")));
        Assert.Null(new GradeRule().Score(3, IndicatorValue.Of(1, "x")));
    }

    [Property(MaxTest = 300)]
    public Property AnyRule_ScoreBetweenZeroAndWeight()
    {
        ScoringRule[] rules =
        [
            new DeductionRule { Limit = 0, Per = 0.3m }, new DeductionRule { Limit = 100, Above = false, Per = 0.1m },
            new BandsRule { Bands = [new Band { Min = 90, Points = 2 }, new Band { Min = 80, Max = 90, Points = 1 }, new Band { Points = 0 }] },
            new ChecklistRule { Per = 1 }, new RateRule(), new RatioRule { Target = 50 }, new RatioRule { Target = 50, Reverse = true },
        ];
        var gen = Gen.Choose(0, rules.Length - 1).SelectMany(r => Gen.Choose(-100_000, 100_000).SelectMany(v => Gen.Choose(0, 30).Select(w => (r, v, w))));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var result = rules[t.r].Score(t.w, IndicatorValue.Of(t.v / 100m, "p"));
            return result is null || (result.Score >= 0 && result.Score <= t.w);
        });
    }
}

public class CompositeRuleTests
{
    // "①编制政府采购年度预算并上报的，0.5分；②追加并编制政府采购预算的，0.5分；③政府采购执行率=100%，计1分；每少一个百分点扣0.1分"
    [Theory]
    [InlineData("是", "是", 100, 2)]
    [InlineData("是", "否", 95, 1)]
    [InlineData("否", "否", 50, 0)]
    public void Composite_SumsItsParts(string budgeted, string added, decimal rate, decimal expected)
    {
        var leaf = IndicatorSystems.Find("beita-2022")!.Leaves().Single(l => l.Leaf.Name == "政府采购").Leaf;
        var values = new Dictionary<string, IndicatorValue>
        {
            ["编制政府采购预算"] = IndicatorValue.OfGrade(budgeted, "x"),
            ["追加时编制政府采购预算"] = IndicatorValue.OfGrade(added, "x"),
            ["政府采购执行率"] = IndicatorValue.Of(rate, "x"),
        };
        var result = ((Juesuan.Rules.Scoring.Rules.CompositeRule)leaf.Rule!).Score(leaf.Weight, m => values.GetValueOrDefault(m));
        Assert.Equal(expected, result!.Score);
    }

    [Fact]
    public void Composite_MissingPart_LeavesTheIndicatorUnscored()
    {
        var leaf = IndicatorSystems.Find("beita-2022")!.Leaves().Single(l => l.Leaf.Name == "政府采购").Leaf;
        Assert.Null(((Juesuan.Rules.Scoring.Rules.CompositeRule)leaf.Rule!).Score(leaf.Weight, _ => null));
    }
}
