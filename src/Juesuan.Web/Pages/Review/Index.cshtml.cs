using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Review;

/// <summary>A department's line in the league table of a year.</summary>
public sealed record LeagueRow(string Department, int? Id, string Status, string StatusName, int Errors, int Warnings, int Versions);

/// <summary>
/// The reviewer's dashboard: what waits for review, and a league table of the region's
/// departments for a year by the errors and warnings of their latest versions (departments
/// that have uploaded nothing come last, marked so).
/// </summary>
public sealed class ReviewIndexModel(JuesuanDb db, UserManager<JuesuanUser> users) : PageModel
{
    public string Region { get; private set; } = string.Empty;

    public IReadOnlyList<WorkRow> Queue { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int Year { get; private set; }

    public IReadOnlyList<LeagueRow> League { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancel)
    {
        if (await Actor.OfAsync(User, users) is not { } actor)
        {
            return Challenge();
        }

        var departments = await db.Departments.AsNoTracking().Where(d => actor.IsAdmin || d.RegionId == actor.RegionId).OrderBy(d => d.Code).ToListAsync(cancel);
        Region = actor.RegionId is { } regionId ? (await db.Regions.FindAsync([regionId], cancel))?.Name ?? string.Empty : "全部地区";
        var ids = departments.Select(d => d.Id).ToList();
        var records = await WorkList.RowsAsync(db.Disclosures.Where(d => ids.Contains(d.DepartmentId)), cancel);
        Years = records.Select(r => r.Year).Distinct().OrderDescending().ToList();
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault();
        Queue = records.Where(r => r.State == DisclosureStatus.Submitted).OrderBy(r => r.UpdatedAt).ToList();
        League = departments
            .Select(d => records.FirstOrDefault(r => r.DepartmentId == d.Id && r.Year == Year) is { } r
                ? new LeagueRow(d.Name, r.Id, r.Status, r.StatusName, r.Errors, r.Warnings, r.Versions)
                : new LeagueRow(d.Name, null, string.Empty, "未上传", 0, 0, 0))
            .OrderBy(l => l.Id is null ? 1 : 0).ThenByDescending(l => l.Errors).ThenByDescending(l => l.Warnings).ThenBy(l => l.Department, StringComparer.Ordinal)
            .ToList();
        return Page();
    }
}
