using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Admin;

/// <summary>A user as the administrator lists them.</summary>
public sealed record UserLine(string UserName, string DisplayName, string RoleName, string Scope, bool LockedOut);

/// <summary>
/// Administrators create accounts (a preparer belongs to a department, a reviewer to a region)
/// and lift lockouts; every change is written to the audit trail. Passwords follow Identity's
/// rules and are stored hashed.
/// </summary>
public sealed class UsersModel(JuesuanDb db, UserManager<JuesuanUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserLine> Users { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<Region> Regions { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashOk { get; set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancel);
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancel);
        var departments = Departments.ToDictionary(d => d.Id, d => d.Name);
        var regions = Regions.ToDictionary(r => r.Id, r => r.Name);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancel);
        var now = clock.GetUtcNow();
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancel))
            .Select(u => new UserLine(u.UserName!, u.DisplayName, RoleName(roles.FirstOrDefault(r => r.UserId == u.Id)?.Name),
                u.DepartmentId is { } d ? departments.GetValueOrDefault(d, string.Empty) : u.RegionId is { } r ? regions.GetValueOrDefault(r, string.Empty) : "全部",
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }

    public async Task<IActionResult> OnPostCreateAsync(string email, string? displayName, string role, int? departmentId, int? regionId, string password)
    {
        var problem = role switch
        {
            Policies.Preparer when departmentId is null => "部门填报人须选择部门",
            Policies.Reviewer when regionId is null => "财政审核人须选择地区",
            Policies.Preparer or Policies.Reviewer or Policies.Admin => null,
            _ => $"未知角色“{role}”",
        };
        if (problem is null)
        {
            var user = new JuesuanUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? string.Empty,
                DepartmentId = role == Policies.Preparer ? departmentId : null,
                RegionId = role == Policies.Reviewer ? regionId : null,
            };
            var created = await users.CreateAsync(user, password);
            problem = created.Succeeded ? null : string.Join("；", created.Errors.Select(e => e.Description));
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, role);
                db.Audit(User.Identity!.Name!, "create-user", null, $"{email}（{RoleName(role)}）");
                await db.SaveChangesAsync();
            }
        }

        (Flash, FlashOk) = problem is null ? ($"已创建账户 {email}", true) : ($"未能创建 {email}：{problem}", false);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string user)
    {
        if (await users.FindByNameAsync(user) is not { } found)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(found, null);
        await users.ResetAccessFailedCountAsync(found);
        db.Audit(User.Identity!.Name!, "unlock-user", null, user);
        await db.SaveChangesAsync();
        (Flash, FlashOk) = ($"已解除 {user} 的锁定", true);
        return RedirectToPage();
    }

    private static string RoleName(string? role) => role switch
    {
        Policies.Preparer => "部门填报人",
        Policies.Reviewer => "财政审核人",
        Policies.Admin => "管理员",
        _ => "—",
    };
}
