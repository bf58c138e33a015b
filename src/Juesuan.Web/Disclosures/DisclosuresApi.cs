using System.Security.Claims;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Disclosures;

/// <summary>A published disclosure in the public list.</summary>
public sealed record DisclosureSummary(int Id, string Department, string DepartmentCode, int Year, string Status, int Errors, int Warnings, DateTime? PublishedAt, string Url);

/// <summary>The list wrapper of <c>GET /api/disclosures</c>.</summary>
public sealed record DisclosureList(IReadOnlyList<DisclosureSummary> Items);

/// <summary>What <c>POST /api/disclosures</c> created.</summary>
public sealed record CreatedDraft(int Id, int Version, int Year, string Department, int Errors, int Warnings);

/// <summary>
/// <c>GET /api/disclosures</c> (published ones, anonymous, <c>{"items":[…]}</c>) and
/// <c>POST /api/disclosures</c> (multipart <c>file</c>: a new draft version for the signed-in
/// preparer's department; anonymous callers get 401, others 403).
/// </summary>
public static class DisclosuresApi
{
    public static IEndpointRouteBuilder MapDisclosuresApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/disclosures").WithTags("Disclosures");
        group.MapGet("/", List).WithName("ListDisclosures").WithSummary("已公开的部门决算");
        group.MapPost("/", Create).RequireAuthorization(Policies.Preparer).WithName("CreateDraft").WithSummary("上传文件，生成本部门的草稿版本")
            .Accepts<IFormFile>("multipart/form-data")
            // Signed in by cookie, so a forged cross-site form must be refused: the token from
            // GET /api/antiforgery goes in the X-XSRF-TOKEN header.
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute(true))
            .AddEndpointFilter(WorkflowApi.RequireAntiforgery);
        return routes;
    }

    private static async Task<Ok<DisclosureList>> List(PublicCatalog catalog, CancellationToken cancel)
    {
        var items = (await catalog.PublishedAsync(cancel))
            .Select(r => new DisclosureSummary(r.Id, r.Department, r.DepartmentCode, r.Year, nameof(DisclosureStatus.Published), r.Errors, r.Warnings, r.PublishedAt, $"/disclosures/{r.Id}"))
            .ToList();
        return TypedResults.Ok(new DisclosureList(items));
    }

    private static async Task<Results<Created<CreatedDraft>, ProblemHttpResult>> Create(
        HttpRequest request, ClaimsPrincipal principal, UserManager<JuesuanUser> users, DisclosureWorkflow flow, JuesuanDb db, CancellationToken cancel)
    {
        if (await Actor.OfAsync(principal, users) is not { } actor)
        {
            return TypedResults.Problem("请先登录", statusCode: StatusCodes.Status401Unauthorized);
        }

        var form = await request.ReadFormAsync(cancel);
        if (form.Files.GetFile("file") is not { } file)
        {
            return TypedResults.Problem("表单中没有名为 file 的文件", statusCode: StatusCodes.Status400BadRequest, title: "没有上传文件");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        var outcome = await flow.UploadAsync(actor, file.FileName, buffer.ToArray(), cancel);
        if (!outcome.Succeeded)
        {
            return TypedResults.Problem(outcome.Message, statusCode: outcome.StatusCode);
        }

        var created = await db.Versions.AsNoTracking()
            .Where(v => v.DisclosureId == outcome.DisclosureId && v.Number == outcome.Version)
            .Select(v => new CreatedDraft(v.DisclosureId, v.Number, v.Disclosure!.Year, v.Disclosure.Department!.Name, v.Errors, v.Warnings))
            .SingleAsync(cancel);
        return TypedResults.Created($"/api/disclosures/{created.Id}", created);
    }
}
