using System.Globalization;
using Juesuan.Domain.Amounts;

namespace Juesuan.Domain.Tests.Amounts;

public class AmountTests
{
    [Theory]
    [InlineData("235.81", "235.81", 2)]
    [InlineData("16.9", "16.9", 1)]
    [InlineData("16.90", "16.90", 2)]
    [InlineData("2,940.05", "2940.05", 2)]
    [InlineData("0", "0", 0)]
    [InlineData(" 235.81　", "235.81", 2)]
    [InlineData("－0.50", "-0.50", 2)]
    [InlineData("１２３．４", "123.4", 1)]
    public void TryParse_PrintedNumber_KeepsValueAndPrecision(string text, string expected, int scale)
    {
        Assert.True(Amount.TryParse(text, out var a));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), a.Value);
        Assert.Equal(scale, a.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("　")]
    [InlineData("100%")]
    [InlineData("XX")]
    [InlineData("1.2.3")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("12 34")]
    [InlineData("--1")]
    public void TryParse_NotAPlainNumber_Fails(string text) => Assert.False(Amount.TryParse(text, out _));

    [Fact]
    public void TryParse_UnderGermanCulture_StillReadsPointAsDecimal()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(1234.5m, Amount.Parse("1,234.5").Value);
            Assert.Equal("1234.50", Amount.Parse("1234.50").ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Interval_TwoDecimals_IsHalfACent()
    {
        var a = Amount.Parse("235.81");
        Assert.Equal(235.805m, a.Lower);
        Assert.Equal(235.815m, a.Upper);
        Assert.True(a.CanEqual(235.80m, 235.806m));
        Assert.False(a.CanEqual(235.70m, 235.80m));
    }

    [Fact]
    public void ToString_PrintsWithItsOwnPrecision() => Assert.Equal("16.90", Amount.Of(16.9m, 2).ToString());

    [Fact]
    public void ConvertTo_YuanToWanYuan_ShiftsPrecision()
    {
        var yuan = Amount.Parse("2358100");
        var wan = yuan.ConvertTo(AmountUnit.Yuan, AmountUnit.WanYuan);
        Assert.Equal(235.81m, wan.Value);
        Assert.Equal(4, wan.Scale);
    }

    [Theory]
    [InlineData("单位：万元", AmountUnit.WanYuan)]
    [InlineData("金额单位:元", AmountUnit.Yuan)]
    [InlineData("部门：X  单位：万元", AmountUnit.WanYuan)]
    [InlineData("公开02表", AmountUnit.Unknown)]
    public void FromHeader_ReadsTheUnit(string text, AmountUnit unit) => Assert.Equal(unit, AmountUnitText.FromHeader(text));
}
