using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Public;

/// <summary>A search hit: the disclosure and the sentences of its text that contain the words.</summary>
public sealed record SearchHit(PublishedEntry Entry, IReadOnlyList<string> Snippets);

/// <summary>
/// Searches the published disclosures by department name, year, and the words of their text
/// (情况说明, 概况, 名词解释 …). Unpublished versions are never searched.
/// </summary>
public sealed class PortalSearch(JuesuanDb db, PublicCatalog catalog)
{
    /// <summary>The longest query taken; longer ones are cut.</summary>
    public const int MaxQuery = 50;

    /// <summary>Hits for <paramref name="query"/>, newest year first; empty for a blank query.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string? query, CancellationToken cancel = default)
    {
        var q = (query ?? string.Empty).Trim();
        if (q.Length == 0)
        {
            return [];
        }

        q = q.Length > MaxQuery ? q[..MaxQuery] : q;
        var published = await catalog.PublishedAsync(cancel);
        var inText = await db.Versions.AsNoTracking()
            .Where(v => v.Disclosure!.Status == DisclosureStatus.Published && v.ModelJson.Contains(q))
            .Select(v => new { v.DisclosureId, v.Number, v.ModelJson, v.FileName })
            .ToListAsync(cancel);
        var hits = new List<SearchHit>();
        foreach (var entry in published)
        {
            var snippets = inText.Where(v => v.DisclosureId == entry.Id).OrderByDescending(v => v.Number).Take(1)
                .SelectMany(v => Documents.Json.DisclosureJsonReader.Read(v.ModelJson, v.FileName)[0].Narrative)
                .Where(p => p.Text.Contains(q, StringComparison.Ordinal))
                .Select(p => Snippet(p.Text, q))
                .Take(3)
                .ToList();
            var byName = entry.Department.Contains(q, StringComparison.Ordinal) || entry.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == q.TrimEnd('年');
            if (byName || snippets.Count > 0)
            {
                hits.Add(new SearchHit(entry, snippets));
            }
        }

        return hits.OrderByDescending(h => h.Entry.Year).ThenBy(h => h.Entry.DepartmentCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>About 60 characters around the first occurrence.</summary>
    private static string Snippet(string text, string q)
    {
        var at = text.IndexOf(q, StringComparison.Ordinal);
        var start = Math.Max(0, at - 30);
        var end = Math.Min(text.Length, at + q.Length + 30);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }
}
