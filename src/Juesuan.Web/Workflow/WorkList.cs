using Juesuan.Data.Entities;
using Juesuan.Web.Disclosures;
using Juesuan.Web.Public;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Workflow;

/// <summary>A disclosure in a work list: its department, state, and the tally of its latest version.</summary>
public sealed record WorkRow(int Id, int DepartmentId, string DepartmentCode, string Department, int Year, DisclosureStatus State, int Versions, int Errors, int Warnings, DateTime UpdatedAt)
{
    /// <summary>The state's name in code (used as a CSS class).</summary>
    public string Status => State.ToString();

    /// <summary>The state's Chinese name.</summary>
    public string StatusName => Names.Of(State);

    /// <summary>When it last moved, as the pages print it.</summary>
    public string Updated => Format.Time(UpdatedAt);
}

/// <summary>The rows of the desk and the reviewer's dashboard, in one query.</summary>
public static class WorkList
{
    /// <summary>The disclosures of <paramref name="query"/> with their latest version's errors and warnings (0 when none).</summary>
    public static async Task<IReadOnlyList<WorkRow>> RowsAsync(IQueryable<DisclosureRecord> query, CancellationToken cancel)
    {
        var rows = await query.AsNoTracking().Select(d => new
        {
            d.Id, d.DepartmentId, d.Department!.Code, d.Department.Name, d.Year, d.Status, d.UpdatedAt, Count = d.Versions.Count,
            Latest = d.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Errors, v.Warnings }).FirstOrDefault(),
        }).ToListAsync(cancel);
        return rows
            .Select(r => new WorkRow(r.Id, r.DepartmentId, r.Code, r.Name, r.Year, r.Status, r.Count, r.Latest?.Errors ?? 0, r.Latest?.Warnings ?? 0, r.UpdatedAt))
            .ToList();
    }
}
