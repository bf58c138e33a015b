using System.Security.Claims;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Disclosures;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Workflow;

/// <summary>An optional comment or note sent with a workflow step.</summary>
public sealed record StepRequest(string? Comment, string? Location = null);

/// <summary>A version as the workflow API lists it.</summary>
public sealed record VersionSummary(int Number, string FileName, int Errors, int Warnings, string CreatedBy, DateTime CreatedAt);

/// <summary>A review comment.</summary>
public sealed record CommentSummary(int Version, string Author, string Text, string? Location, DateTime CreatedAt);

/// <summary>A disclosure as its department and its reviewer see it.</summary>
public sealed record DisclosureDetail(int Id, string Department, string DepartmentCode, int Year, string Status, string StatusName,
    IReadOnlyList<VersionSummary> Versions, IReadOnlyList<CommentSummary> Comments, string Url);

/// <summary>What a workflow step answers.</summary>
public sealed record StepResult(int Id, string Message);

/// <summary>
/// The workflow for scripts and the pages' scripts: <c>GET /api/disclosures/{id}</c>, its
/// versions' audits, and <c>POST …/submit|return|approve|publish</c>. Every POST needs the
/// signed-in cookie and the antiforgery token in <c>X-XSRF-TOKEN</c>; refusals are ProblemDetails
/// (401 anonymous, 403 wrong role, 404 not yours to see, 409 wrong state, 422 missing comment).
/// </summary>
public static class WorkflowApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/disclosures/{id:int}").WithTags("Workflow").RequireAuthorization();
        group.MapGet("/", Detail).WithName("DisclosureDetail").WithSummary("一份决算的状态、版本和审核意见");
        group.MapGet("/versions/{number:int}/check", Check).WithName("VersionCheck").WithSummary("某一版本的审核结果（juesuan check --format json）");
        var steps = group.MapGroup("/").AddEndpointFilter(RequireAntiforgery).WithMetadata(new RequireAntiforgeryTokenAttribute(true));
        steps.MapPost("/submit", (int id, StepRequest? body, ClaimsPrincipal user, UserManager<JuesuanUser> users, DisclosureWorkflow flow, CancellationToken cancel) =>
            Step(user, users, actor => flow.SubmitAsync(actor, id, body?.Comment, cancel))).WithName("Submit").WithSummary("提交审核");
        steps.MapPost("/return", (int id, StepRequest? body, ClaimsPrincipal user, UserManager<JuesuanUser> users, DisclosureWorkflow flow, CancellationToken cancel) =>
            Step(user, users, actor => flow.ReturnAsync(actor, id, body?.Comment, body?.Location, cancel))).WithName("Return").WithSummary("退回修改（须填写意见）");
        steps.MapPost("/approve", (int id, StepRequest? body, ClaimsPrincipal user, UserManager<JuesuanUser> users, DisclosureWorkflow flow, CancellationToken cancel) =>
            Step(user, users, actor => flow.ApproveAsync(actor, id, body?.Comment, cancel))).WithName("Approve").WithSummary("审核通过");
        steps.MapPost("/publish", (int id, ClaimsPrincipal user, UserManager<JuesuanUser> users, DisclosureWorkflow flow, CancellationToken cancel) =>
            Step(user, users, actor => flow.PublishAsync(actor, id, cancel))).WithName("Publish").WithSummary("公开");
        return routes;
    }

    /// <summary>An endpoint filter answering 400 when the antiforgery token is missing or wrong.</summary>
    public static async ValueTask<object?> RequireAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? TypedResults.Problem("缺少或无效的防伪令牌（先 GET /api/antiforgery，再在 X-XSRF-TOKEN 头中带上）", statusCode: StatusCodes.Status400BadRequest, title: "防伪验证失败")
            : await next(context);

    private static async Task<Results<Ok<DisclosureDetail>, ProblemHttpResult>> Detail(int id, ClaimsPrincipal user, UserManager<JuesuanUser> users, DisclosureWorkflow flow, CancellationToken cancel)
    {
        if (await Actor.OfAsync(user, users) is not { } actor || await flow.FindAsync(actor, id, cancel) is not { } record)
        {
            return Problem(WorkflowOutcome.Missing(id));
        }

        return TypedResults.Ok(DetailOf(record));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Check(int id, int number, ClaimsPrincipal user, UserManager<JuesuanUser> users, DisclosureWorkflow flow, JuesuanDb db, CancellationToken cancel)
    {
        if (await Actor.OfAsync(user, users) is not { } actor || await flow.FindAsync(actor, id, cancel) is null)
        {
            return Problem(WorkflowOutcome.Missing(id));
        }

        var json = await db.Versions.Where(v => v.DisclosureId == id && v.Number == number).Select(v => v.CheckJson).FirstOrDefaultAsync(cancel);
        return json is null
            ? TypedResults.Problem($"决算 {id} 没有版本 {number}", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Content(json, "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<StepResult>, ProblemHttpResult>> Step(ClaimsPrincipal user, UserManager<JuesuanUser> users, Func<Actor, Task<WorkflowOutcome>> step)
    {
        if (await Actor.OfAsync(user, users) is not { } actor)
        {
            return TypedResults.Problem("请先登录", statusCode: StatusCodes.Status401Unauthorized);
        }

        var outcome = await step(actor);
        return outcome.Succeeded
            ? TypedResults.Ok(new StepResult(outcome.DisclosureId!.Value, outcome.Message))
            : Problem(outcome);
    }

    /// <summary>The detail record of a disclosure.</summary>
    public static DisclosureDetail DetailOf(DisclosureRecord r) => new(
        r.Id, r.Department!.Name, r.Department.Code, r.Year, r.Status.ToString(), Names.Of(r.Status),
        r.Versions.OrderBy(v => v.Number).Select(v => new VersionSummary(v.Number, v.FileName, v.Errors, v.Warnings, v.CreatedBy, v.CreatedAt)).ToList(),
        r.Comments.OrderBy(c => c.CreatedAt).Select(c => new CommentSummary(c.VersionNumber, c.Author, c.Text, c.Location, c.CreatedAt)).ToList(),
        $"/work/disclosures/{r.Id}");

    private static ProblemHttpResult Problem(WorkflowOutcome outcome) =>
        TypedResults.Problem(outcome.Message, statusCode: outcome.StatusCode);
}
