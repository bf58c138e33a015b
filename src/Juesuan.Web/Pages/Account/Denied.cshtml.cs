using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Account;

/// <summary>Where a signed-in user lands on a page their role does not allow; answers 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
