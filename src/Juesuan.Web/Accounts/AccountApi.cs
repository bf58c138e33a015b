using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Juesuan.Web.Accounts;

/// <summary>Credentials for <c>POST /api/account/login</c>.</summary>
public sealed record LoginRequest(string Email, string Password);

/// <summary>
/// Sign-in for scripts and the pages: <c>POST /api/account/login</c> sets the Identity cookie
/// (lockout after repeated failures), <c>POST /api/account/logout</c> clears it, and
/// <c>GET /api/antiforgery</c> hands out the token that state-changing requests must echo in
/// the <c>X-XSRF-TOKEN</c> header.
/// </summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", Login).DisableAntiforgery();
        group.MapPost("/logout", Logout).RequireAuthorization();
        routes.MapGet("/api/antiforgery", (IAntiforgery antiforgery, HttpContext context) =>
            TypedResults.Ok(new { token = antiforgery.GetAndStoreTokens(context).RequestToken }));
        return routes;
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> Login(LoginRequest request, SignInManager<JuesuanUser> signIn, JuesuanDb db)
    {
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("登录失败次数过多，账户已暂时锁定", statusCode: StatusCodes.Status423Locked, title: "账户已锁定");
        }

        if (!result.Succeeded)
        {
            return TypedResults.Problem("用户名或密码不正确", statusCode: StatusCodes.Status401Unauthorized, title: "登录失败");
        }

        db.Audit(request.Email, "login", null);
        await db.SaveChangesAsync();
        return TypedResults.Ok<object>(new { user = request.Email });
    }

    private static async Task<NoContent> Logout(SignInManager<JuesuanUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
