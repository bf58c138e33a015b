using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Account;

/// <summary>Sign-in with lockout after repeated failures; every sign-in is written to the audit trail.</summary>
public sealed class LoginModel(SignInManager<JuesuanUser> signIn, JuesuanDb db) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            db.Audit(Email, "login", null);
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/work");
        }

        Message = result.IsLockedOut ? "登录失败次数过多，账户已暂时锁定，请 15 分钟后再试" : "账户或密码不正确";
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized;
        return Page();
    }
}
