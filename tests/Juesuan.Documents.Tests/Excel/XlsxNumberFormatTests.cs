using Juesuan.Documents.Excel;

namespace Juesuan.Documents.Tests.Excel;

public class XlsxNumberFormatTests
{
    [Theory]
    [InlineData(16.9, -1, "0.00", "16.90")]
    [InlineData(16.9, 2, "", "16.90")]
    [InlineData(2940.05, -1, "#,##0.00", "2,940.05")]
    [InlineData(2940.05, 4, "", "2,940.05")]
    [InlineData(2940.0, 3, "", "2,940")]
    [InlineData(235.81000000000003, 0, "", "235.81")]
    [InlineData(235.81000000000003, -1, "General", "235.81")]
    [InlineData(0.0, 0, "", "0")]
    [InlineData(0.1234, 10, "", "12.34%")]
    [InlineData(0.5, 9, "", "50%")]
    [InlineData(1.5, -1, "0.0#", "1.5")]
    [InlineData(1.256, -1, "0.0#", "1.26")]
    [InlineData(1.0, -1, "0.0#", "1.0")]
    [InlineData(-5.0, -1, "#,##0.00;[Red]-#,##0.00", "-5.00")]
    [InlineData(-0.001, -1, "0.00", "0.00")]
    [InlineData(0.005, -1, "0.00", "0.01")]
    [InlineData(16.9, -1, "0.00\"万元\"", "16.90")]
    [InlineData(16.9, -1, "[$¥-804]#,##0.00_);(#,##0.00)", "16.90")]
    [InlineData(45000.0, -1, "yyyy-mm-dd", "45000")]
    [InlineData(1234.5, -1, "0.00E+00", "1234.5")]
    [InlineData(1e20, -1, "0.00", "1E+20")]
    public void Display(double value, int id, string format, string expected) =>
        Assert.Equal(expected, XlsxNumberFormat.Display(value, id, format));

    [Theory]
    [InlineData("16.90", 16.9, "0.00")]
    [InlineData("16.9", 16.9, "0.0")]
    [InlineData("0", 0.0, "0")]
    [InlineData("2,940.05", 2940.05, "#,##0.00")]
    [InlineData("-3.50", -3.5, "0.00")]
    [InlineData("2010101", 2010101.0, "0")]
    [InlineData("123456789.01", 123456789.01, "0.00")]
    public void Figures_become_numbers(string text, double value, string format)
    {
        Assert.True(XlsxNumberFormat.TryAsNumber(text, out var v, out var f));
        Assert.Equal(value, v);
        Assert.Equal(format, f);
        Assert.Equal(text, XlsxNumberFormat.Display(v, -1, f));
    }

    [Theory]
    [InlineData("007")]
    [InlineData("+5")]
    [InlineData("1,2,3")]
    [InlineData("-0")]
    [InlineData("１６")]
    [InlineData("12345678901234567")]
    [InlineData("50%")]
    [InlineData("合计")]
    [InlineData("")]
    public void Other_texts_stay_text(string text) => Assert.False(XlsxNumberFormat.TryAsNumber(text, out _, out _));
}
