using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Juesuan.Domain.Amounts;
using Juesuan.Rules.Evaluation;
using Interval = Juesuan.Rules.Evaluation.Interval;

namespace Juesuan.Rules.Tests.Evaluation;

public class IntervalTests
{
    [Theory]
    [InlineData("235.81", 2, 235.805, 235.815)]
    [InlineData("15.7", 2, 15.695, 15.705)]
    [InlineData("100", 0, 99.5, 100.5)]
    [InlineData("99.7", 0, 99.65, 99.75)]
    public void Of_PrintedFigure_StandsForItsPrecision(string printed, int minScale, double lower, double upper)
    {
        var i = Interval.Of(Amount.Parse(printed), minScale);
        Assert.Equal((decimal)lower, i.Lower);
        Assert.Equal((decimal)upper, i.Upper);
    }

    [Fact]
    public void Overlaps_ThreeClassLinesAgainstTotal_IsRoundingNotError()
    {
        // Seed 001's 总表: 203.08 + 17.02 + 15.7 = 235.80 against 本年支出合计 235.81.
        var parts = new[] { "203.08", "17.02", "15.7" }.Select(p => Interval.Of(Amount.Parse(p), 2)).Aggregate((a, b) => a + b);
        Assert.True(parts.Overlaps(Interval.Of(Amount.Parse("235.81"), 2)));
        Assert.False(parts.Overlaps(Interval.Of(Amount.Parse("235.83"), 2)));
    }

    [Fact]
    public void Divide_ByIntervalContainingZero_IsNotComputable()
    {
        Assert.Null(Interval.Divide(Interval.Exact(1), Interval.Of(Amount.Parse("0"), 2)));
        Assert.NotNull(Interval.Divide(Interval.Exact(1), Interval.Of(Amount.Parse("0.2"), 2)));
    }

    [Fact]
    public void Divide_CompletionRate_PrintedHundredIsOutsideTheInterval()
    {
        var rate = Interval.Divide(Interval.Of(Amount.Parse("235.81")), Interval.Of(Amount.Parse("224.09")))!.Value * Interval.Exact(100);
        Assert.False(rate.Overlaps(Interval.Of(Amount.Parse("100"))));
        Assert.True(rate.Overlaps(Interval.Of(Amount.Parse("105.23"))));
    }

    /// <summary>Rounding each part and the total to 2 decimals never makes the identity fail.</summary>
    [Property(MaxTest = 300)]
    public Property Sum_OfRoundedParts_AlwaysAgreesWithRoundedTotal()
    {
        var parts = Gen.Choose(0, 10_000_000).Select(n => n / 10_000m).ListOf().Where(l => l.Count is > 0 and < 40);
        return Prop.ForAll(parts.ToArbitrary(), values =>
        {
            var total = values.Sum();
            var rounded = values.Select(v => Interval.Of(Amount.Of(v, 2), 2)).Aggregate((a, b) => a + b);
            return rounded.Overlaps(Interval.Of(Amount.Of(total, 2), 2));
        });
    }

    /// <summary>The ratio interval always holds the true ratio of the unrounded figures.</summary>
    [Property(MaxTest = 300)]
    public Property Divide_ContainsTheTrueRatio()
    {
        var pair = Gen.Choose(1, 10_000_000).Two();
        return Prop.ForAll(pair.ToArbitrary(), p =>
        {
            var (a, b) = (p.Item1 / 1000m, p.Item2 / 1000m);
            var q = Interval.Divide(Interval.Of(Amount.Of(a, 2), 2), Interval.Of(Amount.Of(b, 2), 2));
            return q is null || (q.Value.Lower <= a / b && a / b <= q.Value.Upper);
        });
    }
}
