using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Review;

/// <summary>Bulk audit in the browser: many files sent one by one to <c>POST /api/check</c> with a progress bar.</summary>
public sealed class BulkModel : PageModel
{
    public void OnGet()
    {
    }
}
