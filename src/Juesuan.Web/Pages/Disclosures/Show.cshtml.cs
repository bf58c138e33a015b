using System.Globalization;
using System.Text.Json;
using Juesuan.Web.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Disclosures;

/// <summary>A finding as the page lists it.</summary>
public sealed record FindingLine(string Rule, string Severity, string Location, string Message);

/// <summary>A published disclosure: its audit, its findings, its full text and its downloads.</summary>
public sealed class ShowModel(PublicCatalog catalog) : PageModel
{
    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public string PublishedAt { get; private set; } = string.Empty;

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public IReadOnlyList<FindingLine> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (await catalog.LatestPublishedVersionAsync(id, cancel) is not { } version)
        {
            return NotFound();
        }

        Id = id;
        Title = $"{version.Disclosure!.Department!.Name} {version.Disclosure.Year} 年度部门决算";
        FileName = version.FileName;
        PublishedAt = version.Disclosure.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        (Errors, Warnings) = (version.Errors, version.Warnings);
        Findings = FindingsOf(version.CheckJson);
        return Page();
    }

    /// <summary>The error and warning findings of the stored <c>check --format json</c> output.</summary>
    internal static IReadOnlyList<FindingLine> FindingsOf(string checkJson)
    {
        using var doc = JsonDocument.Parse(checkJson);
        var list = new List<FindingLine>();
        foreach (var d in doc.RootElement.GetProperty("documents").EnumerateArray())
        {
            if (!d.TryGetProperty("findings", out var findings))
            {
                continue;
            }

            foreach (var f in findings.EnumerateArray())
            {
                var severity = f.GetProperty("severity").GetString() ?? string.Empty;
                if (severity is "error" or "warning")
                {
                    list.Add(new FindingLine(f.GetProperty("rule").GetString() ?? string.Empty, severity, Text(f, "location"), Text(f, "message")));
                }
            }
        }

        return list;
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : v.ToString() : string.Empty;
}
