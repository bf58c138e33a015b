using Juesuan.Domain.Classification;

namespace Juesuan.Domain.Tests.Classification;

public class ClassificationCodeTests
{
    [Theory]
    [InlineData("2013201", "2013201", 3)]
    [InlineData("201 32 01", "2013201", 3)]
    [InlineData("201　06　01", "2010601", 3)]
    [InlineData("20805", "20805", 2)]
    [InlineData("221", "221", 1)]
    public void TryParse_FunctionCodeAsPrinted_ReadsDigitsAndLevel(string text, string digits, int level)
    {
        Assert.True(ClassificationCode.TryParse(ClassificationKind.Function, text, out var code));
        Assert.Equal(digits, code!.Value.Digits);
        Assert.Equal(level, code.Value.Level);
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("301")]
    [InlineData("20A32")]
    [InlineData("")]
    [InlineData("201320101")]
    public void TryParse_NotAFunctionCode_Fails(string text) =>
        Assert.False(ClassificationCode.TryParse(ClassificationKind.Function, text, out _));

    [Fact]
    public void Parent_OfItem_IsSectionThenClass()
    {
        var code = ClassificationCode.Function("2013201");
        Assert.Equal("20132", code.Parent!.Value.Digits);
        Assert.Equal("201", code.Parent!.Value.Parent!.Value.Digits);
        Assert.Null(ClassificationCode.Function("201").Parent);
        Assert.True(ClassificationCode.Function("201").Contains(code));
        Assert.False(ClassificationCode.Function("208").Contains(code));
    }

    [Fact]
    public void Economic_SevenDigits_IsRejected() =>
        Assert.False(ClassificationCode.TryParse(ClassificationKind.Economic, "3010101", out _));
}
