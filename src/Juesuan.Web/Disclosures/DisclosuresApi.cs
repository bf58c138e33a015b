using System.Security.Claims;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
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
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute(true));
        return routes;
    }

    private static async Task<Ok<DisclosureList>> List(JuesuanDb db, CancellationToken cancel)
    {
        var rows = await db.Disclosures.AsNoTracking()
            .Where(d => d.Status == DisclosureStatus.Published)
            .Select(d => new
            {
                d.Id, Department = d.Department!.Name, d.Department.Code, d.Year, d.Status, d.PublishedAt,
                Latest = d.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Errors, v.Warnings }).First(),
            })
            .ToListAsync(cancel);
        var items = rows
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenByDescending(r => r.Year)
            .Select(r => new DisclosureSummary(r.Id, r.Department, r.Code, r.Year, r.Status.ToString(), r.Latest.Errors, r.Latest.Warnings, r.PublishedAt, $"/disclosures/{r.Id}"))
            .ToList();
        return TypedResults.Ok(new DisclosureList(items));
    }

    private static async Task<Results<Created<CreatedDraft>, ProblemHttpResult>> Create(
        HttpRequest request, ClaimsPrincipal principal, UserManager<JuesuanUser> users, JuesuanDb db, DisclosureIntake intake, CancellationToken cancel)
    {
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return TypedResults.Problem("缺少或无效的防伪令牌（先 GET /api/antiforgery，再在 X-XSRF-TOKEN 头中带上）", statusCode: StatusCodes.Status400BadRequest, title: "防伪验证失败");
        }

        var user = await users.GetUserAsync(principal);
        if (user?.DepartmentId is not { } departmentId)
        {
            return TypedResults.Problem("只有部门填报人可以上传", statusCode: StatusCodes.Status403Forbidden);
        }

        var form = await request.ReadFormAsync(cancel);
        if (form.Files.GetFile("file") is not { } file)
        {
            return TypedResults.Problem("表单中没有名为 file 的文件", statusCode: StatusCodes.Status400BadRequest, title: "没有上传文件");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        var taken = intake.Take(file.FileName, buffer.ToArray());
        if (!taken.Succeeded)
        {
            return TypedResults.Problem($"{taken.FileName}: {taken.Report.InputFailure!.Code} {taken.Report.InputFailure.Message}", statusCode: StatusCodes.Status422UnprocessableEntity, title: "文件无法读取");
        }

        if (taken.Disclosure!.Year is not { } year)
        {
            return TypedResults.Problem("文件中没有找到年度", statusCode: StatusCodes.Status422UnprocessableEntity, title: "缺少年度");
        }

        var record = await db.Disclosures.Include(d => d.Versions).Include(d => d.Department)
            .FirstOrDefaultAsync(d => d.DepartmentId == departmentId && d.Year == year, cancel);
        if (record is { Status: DisclosureStatus.Submitted or DisclosureStatus.Approved or DisclosureStatus.Published })
        {
            return TypedResults.Problem($"{year} 年度的决算已{Names.Of(record.Status)}，不能再上传", statusCode: StatusCodes.Status409Conflict, title: "不能修改");
        }

        record ??= db.Disclosures.Add(new DisclosureRecord { DepartmentId = departmentId, Year = year, Status = DisclosureStatus.Draft }).Entity;
        var (errors, warnings) = DisclosureIntake.Tally(taken.Report);
        var number = record.Versions.Count + 1;
        record.Versions.Add(new DisclosureVersion
        {
            Number = number, FileName = taken.FileName, Content = buffer.ToArray(), ModelJson = taken.ModelJson, CheckJson = taken.CheckJson,
            Errors = errors, Warnings = warnings, CreatedBy = user.UserName!, CreatedAt = DateTime.UtcNow,
        });
        record.Status = DisclosureStatus.Draft;
        record.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancel);
        db.Audit(user.UserName!, "upload", record.Id, $"版本 {number}：{taken.FileName}，{errors} 个错误、{warnings} 个警告");
        await db.SaveChangesAsync(cancel);
        var department = record.Department?.Name ?? (await db.Departments.FindAsync([departmentId], cancel))!.Name;
        return TypedResults.Created($"/api/disclosures/{record.Id}", new CreatedDraft(record.Id, number, year, department, errors, warnings));
    }
}
