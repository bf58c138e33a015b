using System.Globalization;
using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Juesuan.Web.Pages;

/// <summary>A roll-up total: the sum of the departments that print the figure, and how many do not.</summary>
public sealed record RollUp(decimal? Value, int Missing);

/// <summary>
/// The county roll-up (汇总) of a year: each published department's headline figures and
/// their totals, expenditure by function class summed over departments, and charts. Blank is
/// not zero: a department that does not print a figure is left out of that total, and the
/// total says how many are missing.
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class SummaryModel(PublicCatalog catalog) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public int Year { get; private set; }

    public IReadOnlyList<PublishedFigures> Rows { get; private set; } = [];

    public IReadOnlyList<RollUp> Totals { get; private set; } = [];

    public IReadOnlyList<FigureLine> Classes { get; private set; } = [];

    public string DepartmentChart { get; private set; } = string.Empty;

    public string ClassChart { get; private set; } = string.Empty;

    /// <summary>A class's share of the county's expenditure.</summary>
    public string Share(decimal? value)
    {
        var total = Classes.Sum(c => c.Value ?? 0);
        return value is { } v && total != 0 ? Format.Percent(v / total) : "—";
    }

    public async Task OnGetAsync(int? year, CancellationToken cancel)
    {
        var published = await catalog.PublishedAsync(cancel);
        Years = published.Select(p => p.Year).Distinct().OrderDescending().ToList();
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault();
        Rows = (await catalog.FiguresAsync(p => p.Year == Year, cancel)).OrderBy(r => r.Entry.DepartmentCode, StringComparer.Ordinal).ToList();
        if (Rows.Count == 0)
        {
            return;
        }

        Totals = Enumerable.Range(0, Rows[0].Figures.Headline.Count).Select(i => Sum(Rows.Select(r => r.Figures.Headline[i].Value).ToList())).ToList();
        Classes = Rows.SelectMany(r => r.Figures.ByClass).GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FigureLine(g.Key, g.First().Name, Sum(g.Select(c => c.Value).ToList()).Value)).ToList();
        var names = Rows.Select(r => r.Entry.Department).ToList();
        DepartmentChart = Charts.Bar("各部门基本支出与项目支出", names,
            [new ChartSeries("基本支出", Rows.Select(r => r.Figures.Basic).ToList()), new ChartSeries("项目支出", Rows.Select(r => r.Figures.Project).ToList())], stacked: true);
        ClassChart = Charts.Pie("全县支出按功能分类（类）", Classes.Select(c => (c.Name, c.Value)));
    }

    private static RollUp Sum(IReadOnlyList<decimal?> values) =>
        new(values.Any(v => v is not null) ? values.Sum(v => v ?? 0) : null, values.Count(v => v is null));
}
