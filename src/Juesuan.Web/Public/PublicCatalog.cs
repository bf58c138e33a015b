using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Public;

/// <summary>A published disclosure as the portal lists it.</summary>
public sealed record PublishedEntry(int Id, string DepartmentCode, string Department, int Year, int Errors, int Warnings, DateTime? PublishedAt);

/// <summary>What the public may see: published disclosures only, each with its latest version.</summary>
public sealed class PublicCatalog(JuesuanDb db)
{
    /// <summary>Every published disclosure, by department code then year.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedAsync(CancellationToken cancel = default)
    {
        var rows = await db.Disclosures.AsNoTracking()
            .Where(d => d.Status == DisclosureStatus.Published)
            .Select(d => new
            {
                d.Id, d.Department!.Code, d.Department.Name, d.Year, d.PublishedAt,
                Latest = d.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Errors, v.Warnings }).First(),
            })
            .ToListAsync(cancel);
        return rows
            .Select(r => new PublishedEntry(r.Id, r.Code, r.Name, r.Year, r.Latest.Errors, r.Latest.Warnings, r.PublishedAt))
            .OrderBy(r => r.DepartmentCode, StringComparer.Ordinal).ThenByDescending(r => r.Year)
            .ToList();
    }

    /// <summary>A published disclosure's latest version; null when there is none or it is not public.</summary>
    public Task<DisclosureVersion?> LatestPublishedVersionAsync(int id, CancellationToken cancel = default) =>
        db.Versions.AsNoTracking()
            .Include(v => v.Disclosure).ThenInclude(d => d!.Department)
            .Where(v => v.DisclosureId == id && v.Disclosure!.Status == DisclosureStatus.Published)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancel);
}
