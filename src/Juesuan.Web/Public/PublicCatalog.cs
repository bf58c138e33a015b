using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Public;

/// <summary>A published disclosure as the portal lists it.</summary>
public sealed record PublishedEntry(int Id, string DepartmentCode, string Department, int Year, int Errors, int Warnings, DateTime? PublishedAt);

/// <summary>A published disclosure with its key figures.</summary>
public sealed record PublishedFigures(PublishedEntry Entry, KeyFigures Figures);

/// <summary>What the public may see: published disclosures only, each with its latest version.</summary>
public sealed class PublicCatalog(JuesuanDb db, IMemoryCache cache, PublicationSignal signal)
{
    /// <summary>Every published disclosure, by department code then year (latest first); kept in memory until the next publication.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedAsync(CancellationToken cancel = default) =>
        (await UntilPublicationAsync("published", async () => await QueryPublishedAsync(cancel)))!;

    /// <summary>The data of a published disclosure's page; null when it is not public. Kept in memory until the next publication.</summary>
    public Task<PublishedPage?> PageAsync(int id, CancellationToken cancel = default) =>
        UntilPublicationAsync(("page", id), async () =>
        {
            if (await LatestPublishedVersionAsync(id, cancel) is not { } version)
            {
                return null;
            }

            var years = await FiguresAsync(p => p.DepartmentCode == version.Disclosure!.Department!.Code, cancel);
            return PublishedPage.Of(version, await FiguresOfAsync(id, cancel), years);
        });

    /// <summary>
    /// What <paramref name="make"/> gives, kept in memory until the next publication (a null is
    /// not kept). The token is taken before the work, so a publication during it is not missed.
    /// </summary>
    private async Task<T?> UntilPublicationAsync<T>(object key, Func<Task<T?>> make)
        where T : class
    {
        if (cache.TryGetValue(key, out T? known) && known is not null)
        {
            return known;
        }

        var token = signal.Token;
        var value = await make();
        if (value is not null)
        {
            using var entry = cache.CreateEntry(key);
            entry.Value = value;
            entry.AddExpirationToken(token);
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
        }

        return value;
    }

    private async Task<IReadOnlyList<PublishedEntry>> QueryPublishedAsync(CancellationToken cancel)
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

    /// <summary>The key figures of the published disclosures that pass <paramref name="filter"/>.</summary>
    public async Task<IReadOnlyList<PublishedFigures>> FiguresAsync(Func<PublishedEntry, bool> filter, CancellationToken cancel = default)
    {
        var list = new List<PublishedFigures>();
        foreach (var entry in (await PublishedAsync(cancel)).Where(filter))
        {
            list.Add(new PublishedFigures(entry, await FiguresOfAsync(entry.Id, cancel)));
        }

        return list;
    }

    /// <summary>The key figures of one published disclosure (kept in memory; a published version never changes).</summary>
    public async Task<KeyFigures> FiguresOfAsync(int id, CancellationToken cancel = default)
    {
        if (cache.TryGetValue(("figures", id), out KeyFigures? known) && known is not null)
        {
            return known;
        }

        var version = await LatestPublishedVersionAsync(id, cancel);
        var figures = version is null ? new KeyFigures() : KeyFigures.Of(DocumentFiles.Model(version));
        return cache.Set(("figures", id), figures, TimeSpan.FromHours(1));
    }
}
