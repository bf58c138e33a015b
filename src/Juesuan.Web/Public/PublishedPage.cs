using System.Globalization;
using Juesuan.Data.Entities;
using Juesuan.Web.Workflow;

namespace Juesuan.Web.Public;

/// <summary>Everything the public page of a disclosure shows, computed once per publication.</summary>
public sealed record PublishedPage(
    int Id, string Title, string FileName, string PublishedAt, int Errors, int Warnings, int? PreviousId, string? Score,
    KeyFigures Figures, string ClassChart, string BasicChart, string ThreeChart, IReadOnlyList<FindingLine> Findings)
{
    /// <summary>The page of <paramref name="version"/>, with the department's published years for the 三公 chart.</summary>
    public static PublishedPage Of(DisclosureVersion version, KeyFigures figures, IReadOnlyList<PublishedFigures> years)
    {
        var record = version.Disclosure!;
        var model = DocumentFiles.Model(version);
        var score = model.Evaluations.FirstOrDefault(e => e.Total is not null) is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"{e.Title} 总分 {e.Total}{(e.Grade is null ? string.Empty : "，" + e.Grade)}")
            : null;
        var ordered = years.OrderBy(y => y.Entry.Year).ToList();
        return new PublishedPage(
            record.Id,
            $"{record.Department!.Name} {record.Year} 年度部门决算",
            version.FileName,
            record.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            version.Errors,
            version.Warnings,
            years.FirstOrDefault(y => y.Entry.Year == record.Year - 1)?.Entry.Id,
            score,
            figures,
            Charts.Pie("支出按功能分类（类）", figures.ByClass.Select(c => (c.Name, c.Value))),
            Charts.Bar("基本支出与项目支出", ["基本支出", "项目支出"], [new ChartSeries(record.Year.ToString(CultureInfo.InvariantCulture), [figures.Basic, figures.Project])]),
            Charts.Line("“三公”经费（历年决算数）", ordered.Select(y => y.Entry.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
                [new ChartSeries("合计", ordered.Select(y => y.Figures.ThreePublic).ToList()),
                 .. KeyFigures.ThreePublicNames.Select(n => new ChartSeries(n, ordered.Select(y => y.Figures.ThreePublicItems.FirstOrDefault(i => i.Key == n)?.Value).ToList()))]),
            StoredFindings.Of(version.CheckJson));
    }
}
