using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Audit;

/// <summary>The audit trail, newest first, 100 lines a page: everything for an administrator; a reviewer sees their region's disclosures and the sign-ins.</summary>
public sealed class AuditIndexModel(JuesuanDb db, UserManager<JuesuanUser> users) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public new int Page { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken cancel)
    {
        if (await Actor.OfAsync(User, users) is not { } actor)
        {
            return Challenge();
        }

        Page = Math.Max(1, page ?? 1);
        var query = db.AuditTrail.AsNoTracking();
        if (!actor.IsAdmin)
        {
            var region = db.Disclosures.Where(d => d.Department!.RegionId == actor.RegionId).Select(d => (int?)d.Id);
            query = query.Where(a => a.DisclosureId == null || region.Contains(a.DisclosureId));
        }

        var rows = await query.OrderByDescending(a => a.Id).Skip((Page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancel);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
        return base.Page();
    }
}
