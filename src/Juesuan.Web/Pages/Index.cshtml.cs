using Juesuan.Web.Public;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>The portal's front page: departments × years of published disclosures.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Workflow.PortalCache.Policy)]
public sealed class IndexModel(PublicCatalog catalog) : PageModel
{
    public IReadOnlyList<PublishedEntry> Entries { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Entries = await catalog.PublishedAsync(cancel);
        Years = Entries.Select(e => e.Year).Distinct().OrderDescending().ToList();
        Departments = Entries.Select(e => (e.DepartmentCode, e.Department)).Distinct().ToList();
    }
}
