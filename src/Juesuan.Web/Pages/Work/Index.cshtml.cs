using System.Globalization;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Documents.Inputs;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Work;

/// <summary>
/// The signed-in user's desk: a preparer sees the department's disclosures and uploads files
/// (or downloads the input workbook to fill); a reviewer sees the region's; an administrator all.
/// </summary>
public sealed class WorkIndexModel(JuesuanDb db, UserManager<JuesuanUser> users, DisclosureWorkflow flow, TimeProvider clock) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<WorkRow> Rows { get; private set; } = [];

    public int NextYear => clock.GetUtcNow().Year - 1;

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashOk { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await Actor.OfAsync(User, users) is not { } actor)
        {
            return Challenge();
        }

        Actor = actor;
        Rows = await RowsAsync(actor, cancel);
        return Page();
    }

    /// <summary>Uploads a file as a new version and opens it.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancel)
    {
        if (await Actor.OfAsync(User, users) is not { } actor)
        {
            return Challenge();
        }

        if (file is null || file.Length == 0)
        {
            (Flash, FlashOk) = ("请选择要上传的文件", false);
            return RedirectToPage();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        var outcome = await flow.UploadAsync(actor, file.FileName, buffer.ToArray(), cancel);
        (Flash, FlashOk) = (outcome.Message, outcome.Succeeded);
        return outcome.Succeeded
            ? Redirect($"/work/disclosures/{outcome.DisclosureId}?v={outcome.Version}")
            : RedirectToPage();
    }

    /// <summary>The input workbook of a year, prefilled from the department's latest disclosure when there is one.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(int year, CancellationToken cancel)
    {
        if (year is < 2000 or > 2100)
        {
            return BadRequest();
        }

        var actor = await Actor.OfAsync(User, users);
        var previous = actor?.DepartmentId is { } department
            ? await db.Versions.AsNoTracking().Where(v => v.Disclosure!.DepartmentId == department && v.Disclosure.Year < year)
                .OrderByDescending(v => v.Disclosure!.Year).ThenByDescending(v => v.Number).FirstOrDefaultAsync(cancel)
            : null;
        using var ms = new MemoryStream();
        InputWorkbookWriter.Write(year, ms, previous is null ? null : Public.DocumentFiles.Model(previous) with { Year = year });
        return File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", string.Create(CultureInfo.InvariantCulture, $"{year}年度部门决算填报表.xlsx"));
    }

    private async Task<IReadOnlyList<WorkRow>> RowsAsync(Actor actor, CancellationToken cancel)
    {
        var query = db.Disclosures.AsQueryable();
        query = actor.IsAdmin ? query
            : actor.IsReviewer ? query.Where(d => d.Department!.RegionId == actor.RegionId)
            : query.Where(d => d.DepartmentId == actor.DepartmentId);
        return (await WorkList.RowsAsync(query, cancel))
            .OrderBy(r => r.State == DisclosureStatus.Submitted ? 0 : 1).ThenByDescending(r => r.Year).ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ToList();
    }
}
