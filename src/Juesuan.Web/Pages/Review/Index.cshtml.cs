using System.Globalization;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Disclosures;
using Juesuan.Web.Pages.Work;
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
        var records = await db.Disclosures.AsNoTracking().Where(d => ids.Contains(d.DepartmentId)).Select(d => new
        {
            d.Id, d.DepartmentId, d.Year, d.Status, d.UpdatedAt, Count = d.Versions.Count,
            Latest = d.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Errors, v.Warnings }).FirstOrDefault(),
        }).ToListAsync(cancel);

        Years = records.Select(r => r.Year).Distinct().OrderDescending().ToList();
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault();
        var names = departments.ToDictionary(d => d.Id, d => d.Name);
        Queue = records.Where(r => r.Status == DisclosureStatus.Submitted).OrderBy(r => r.UpdatedAt)
            .Select(r => new WorkRow(r.Id, names[r.DepartmentId], r.Year, r.Status.ToString(), Names.Of(r.Status), r.Count, r.Latest?.Errors ?? 0, r.Latest?.Warnings ?? 0,
                r.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            .ToList();
        League = departments
            .Select(d => records.FirstOrDefault(r => r.DepartmentId == d.Id && r.Year == Year) is { } r
                ? new LeagueRow(d.Name, r.Id, r.Status.ToString(), Names.Of(r.Status), r.Latest?.Errors ?? 0, r.Latest?.Warnings ?? 0, r.Count)
                : new LeagueRow(d.Name, null, string.Empty, "未上传", 0, 0, 0))
            .OrderBy(l => l.Id is null ? 1 : 0).ThenByDescending(l => l.Errors).ThenByDescending(l => l.Warnings).ThenBy(l => l.Department, StringComparer.Ordinal)
            .ToList();
        return Page();
    }
}
