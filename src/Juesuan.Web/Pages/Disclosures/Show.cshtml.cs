using System.Globalization;
using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Juesuan.Web.Pages.Disclosures;

/// <summary>
/// A published disclosure: headline figures, charts (expenditure by function class, 基本/项目,
/// 三公 over the department's published years), the audit's findings, the full text and the
/// downloads. Cached for anonymous readers until the next publication.
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class ShowModel(PublicCatalog catalog) : PageModel
{
    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public string PublishedAt { get; private set; } = string.Empty;

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int? PreviousId { get; private set; }

    public string? Score { get; private set; }

    public KeyFigures Figures { get; private set; } = new();

    public string ClassChart { get; private set; } = string.Empty;

    public string BasicChart { get; private set; } = string.Empty;

    public string ThreeChart { get; private set; } = string.Empty;

    public IReadOnlyList<FindingLine> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (await catalog.LatestPublishedVersionAsync(id, cancel) is not { } version)
        {
            return NotFound();
        }

        var record = version.Disclosure!;
        Id = id;
        Title = $"{record.Department!.Name} {record.Year} 年度部门决算";
        FileName = version.FileName;
        PublishedAt = record.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        (Errors, Warnings) = (version.Errors, version.Warnings);
        Findings = StoredFindings.Of(version.CheckJson);
        Figures = await catalog.FiguresOfAsync(id, cancel);
        var model = DocumentFiles.Model(version);
        Score = model.Evaluations.FirstOrDefault(e => e.Total is not null) is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"{e.Title} 总分 {e.Total}{(e.Grade is null ? string.Empty : "，" + e.Grade)}")
            : null;

        var years = await catalog.FiguresAsync(p => p.DepartmentCode == record.Department.Code, cancel);
        PreviousId = years.FirstOrDefault(y => y.Entry.Year == record.Year - 1)?.Entry.Id;
        ClassChart = Charts.Pie("支出按功能分类（类）", Figures.ByClass.Select(c => (c.Name, c.Value)));
        BasicChart = Charts.Bar("基本支出与项目支出", ["基本支出", "项目支出"], [new ChartSeries(record.Year.ToString(CultureInfo.InvariantCulture), [Figures.Basic, Figures.Project])]);
        var ordered = years.OrderBy(y => y.Entry.Year).ToList();
        ThreeChart = Charts.Line("“三公”经费（历年决算数）", ordered.Select(y => y.Entry.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
            [new ChartSeries("合计", ordered.Select(y => y.Figures.ThreePublic).ToList()),
             .. KeyFigures.ThreePublicNames.Select(n => new ChartSeries(n, ordered.Select(y => y.Figures.ThreePublicItems.FirstOrDefault(i => i.Key == n)?.Value).ToList()))]);
        return Page();
    }
}
