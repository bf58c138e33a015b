using Microsoft.AspNetCore.Authentication.Cookies;

namespace Juesuan.Web.Accounts;

/// <summary>The Identity cookie: API callers get 401/403 instead of a redirect to a login page.</summary>
internal static class ApiCookies
{
    public static void Configure(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "juesuan.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/account/denied";
        o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
