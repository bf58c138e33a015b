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
    public PublishedPage Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (await catalog.PageAsync(id, cancel) is not { } page)
        {
            return NotFound();
        }

        Data = page;
        return Page();
    }
}
