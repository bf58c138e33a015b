using System.Text;
using Juesuan.Documents.Pdf;

namespace Juesuan.Documents.Tests.Pdf;

public sealed class PdfTextRulesTests
{
    [Theory]
    [InlineData("2,946.", "25", "2,946.25")]
    [InlineData("收入合", "计", "收入合计")]
    [InlineData("占", "15.16%；", "占15.16%；")]
    [InlineData("12", "%", "12%")]
    [InlineData("Annual", "report", "Annual report")]
    public void Wrapped_lines_are_joined(string first, string second, string expected)
    {
        var sb = new StringBuilder(first);
        TextJoin.AppendWrapped(sb, second);
        Assert.Equal(expected, sb.ToString());
    }

    [Fact]
    public void Words_on_a_line_keep_spaces_only_between_latin_text()
    {
        static PdfWord W(string t, double left, double right) => new(t, left, right, 0, 10, 9, 10);
        Assert.Equal("收入决算表", TextJoin.JoinLine([W("收", 0, 10), W("入", 15, 25), W("决算表", 30, 60)]));
        Assert.Equal("2024年度", TextJoin.JoinLine([W("2024", 0, 20), W("年度", 23, 43)]));
        Assert.Equal("PDF file", TextJoin.JoinLine([W("PDF", 0, 20), W("file", 24, 40)]));
        Assert.Equal("2,946.25", TextJoin.JoinLine([W("2,946", 0, 20), W(".25", 20.5, 30)]));
    }

    [Theory]
    [InlineData("3", true)]
    [InlineData("- 12 -", true)]
    [InlineData("第 3 页", true)]
    [InlineData("3 / 25", true)]
    [InlineData("2024", true)]
    [InlineData("20805", false)]
    [InlineData("160.75", false)]
    [InlineData("合计", false)]
    [InlineData("", false)]
    public void Page_numbers_are_recognised(string text, bool expected) =>
        Assert.Equal(expected, ParagraphBuilder.IsPageNumber(text));
}
