using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Juesuan.Web.Pages;

/// <summary>Search over the published disclosures.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class SearchModel(PortalSearch search) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancel)
    {
        Query = q?.Trim();
        Hits = await search.SearchAsync(Query, cancel);
    }
}
