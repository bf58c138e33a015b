using System.Globalization;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;
using Juesuan.Rules.Scoring;

namespace Juesuan.Cli.Scoring;

/// <summary>The scored table and the recheck as a layout (title and table), for .docx and .xlsx output.</summary>
internal static class ScoreLayout
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static LayoutDocument Score(string path, SystemScore s)
    {
        var rows = new List<LayoutRow> { Row("指标", "分值", "得分", "计算", "依据") };
        rows.AddRange(s.Indicators.Select(i => Row(i.Path, N(i.Weight), i.Score is { } v ? N(v) : string.Empty, i.Explanation, i.Evidence ?? string.Empty)));
        rows.Add(Row("总分", N(s.Indicators.Sum(i => i.Weight)), N(s.Total), s.Grade is null ? "有未评分的指标，未定等级" : "等级：" + s.Grade, string.Empty));
        return Document($"{s.System.Title}评分表", Path.GetFileName(path), s.System.Source, rows);
    }

    public static LayoutDocument Recheck(string path, IReadOnlyList<RecheckResult> results)
    {
        var rows = new List<LayoutRow> { Row("评价表", "指标", "公布得分", "复核得分", "位置", "计算") };
        foreach (var r in results)
        {
            rows.Add(Row(r.Title, "总分", r.PublishedTotal is { } p ? N(p) : string.Empty, N(r.RecomputedTotal), r.Location.Describe(), r.System ?? string.Empty));
            rows.AddRange(r.Differences.Select(d => Row(r.Title, d.Indicator, N(d.Published), N(d.Recomputed), d.Location.Describe(), d.Explanation)));
        }

        return Document("绩效自评得分复核", Path.GetFileName(path), "按评价表自身的评分标准重新计分", rows);
    }

    private static LayoutDocument Document(string title, string file, string note, List<LayoutRow> rows) =>
        new(file, "layout", [Paragraph(title), Paragraph($"文件：{file}"), Paragraph(note), new LayoutTable(rows, new SourceLocation())], []);

    private static LayoutParagraph Paragraph(string text) => new(text, new SourceLocation());

    private static LayoutRow Row(params string[] cells) => new([.. cells.Select(c => new LayoutCell(c, new SourceLocation()))], new SourceLocation());

    private static string N(decimal v) => v.ToString("0.##", C);
}
