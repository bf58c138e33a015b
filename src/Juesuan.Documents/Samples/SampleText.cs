using System.Globalization;

namespace Juesuan.Documents.Samples;

/// <summary>The sample's 情况说明 sentences, stated from the same figures as its tables.</summary>
internal static class SampleText
{
    public static IEnumerable<string> Paragraphs(int year, decimal total, decimal basic, decimal project)
    {
        var c = CultureInfo.InvariantCulture;
        string P(decimal part) => (part / total * 100m).ToString("F2", c);
        yield return string.Create(c, $"{SampleDisclosure.Department}{year}年度部门决算");
        yield return string.Create(c, $"第三部分 {year}年度部门决算情况说明");
        yield return "一、收入支出决算总体情况说明";
        yield return string.Create(c, $"{year}年度收、支总计{total:F2}万元。");
        yield return "三、支出决算情况说明";
        yield return string.Create(c, $"{year}年度支出合计{total:F2}万元，其中：基本支出{basic:F2}万元，占{P(basic)}%；项目支出{project:F2}万元，占{P(project)}%。");
    }
}
