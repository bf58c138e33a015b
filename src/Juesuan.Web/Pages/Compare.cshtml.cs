using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Juesuan.Web.Pages;

/// <summary>
/// Two published disclosures side by side: headline figures, expenditure by function class and
/// the 三公 items, with the change and its rate. A line one of them does not print shows "—".
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class CompareModel(PublicCatalog catalog) : PageModel
{
    public IReadOnlyList<PublishedEntry> Choices { get; private set; } = [];

    public PublishedFigures? A { get; private set; }

    public PublishedFigures? B { get; private set; }

    public IReadOnlyList<(FigureLine A, FigureLine B)> Lines { get; private set; } = [];

    public string Chart { get; private set; } = string.Empty;

    public async Task OnGetAsync(int? a, int? b, CancellationToken cancel)
    {
        Choices = await catalog.PublishedAsync(cancel);
        A = await PickAsync(a, cancel);
        B = await PickAsync(b, cancel);
        if (A is null || B is null)
        {
            return;
        }

        Lines = Pair(A.Figures, B.Figures);
        var classes = Lines.Where(l => l.A.Key.Length == 3 && l.A.Key.All(char.IsAsciiDigit)).ToList();
        Chart = Charts.Bar("支出按功能分类（类）", classes.Select(c => c.A.Name).ToList(),
            [new ChartSeries($"{A.Entry.Department} {A.Entry.Year}", classes.Select(c => c.A.Value).ToList()),
             new ChartSeries($"{B.Entry.Department} {B.Entry.Year}", classes.Select(c => c.B.Value).ToList())]);
    }

    /// <summary>The lines of both, matched by key (headline, then classes in code order, then 三公 items).</summary>
    internal static IReadOnlyList<(FigureLine A, FigureLine B)> Pair(KeyFigures a, KeyFigures b)
    {
        var lines = a.Headline.Zip(b.Headline).ToList();
        var names = a.ByClass.Concat(b.ByClass).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().Name);
        foreach (var key in names.Keys.Order(StringComparer.Ordinal))
        {
            lines.Add((a.ByClass.FirstOrDefault(c => c.Key == key) ?? new FigureLine(key, names[key], null),
                       b.ByClass.FirstOrDefault(c => c.Key == key) ?? new FigureLine(key, names[key], null)));
        }

        lines.AddRange(a.ThreePublicItems.Zip(b.ThreePublicItems));
        return lines;
    }

    private async Task<PublishedFigures?> PickAsync(int? id, CancellationToken cancel) =>
        id is { } i && Choices.FirstOrDefault(c => c.Id == i) is { } entry ? new PublishedFigures(entry, await catalog.FiguresOfAsync(i, cancel)) : null;
}
