using System.Security.Claims;
using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Juesuan.Web.Workflow;

/// <summary>The signed-in user as the workflow sees them: a name, a role and what they are responsible for.</summary>
public sealed record Actor(string UserName, string DisplayName, string Role, int? DepartmentId, int? RegionId)
{
    /// <summary>True for a department's preparer.</summary>
    public bool IsPreparer => Role == Policies.Preparer;

    /// <summary>True for a finance bureau's reviewer.</summary>
    public bool IsReviewer => Role == Policies.Reviewer;

    /// <summary>True for an administrator.</summary>
    public bool IsAdmin => Role == Policies.Admin;

    /// <summary>The actor of a signed-in principal; null when anonymous or unknown.</summary>
    public static async Task<Actor?> OfAsync(ClaimsPrincipal principal, UserManager<JuesuanUser> users)
    {
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        var role = principal.IsInRole(Policies.Admin) ? Policies.Admin
            : principal.IsInRole(Policies.Reviewer) ? Policies.Reviewer
            : principal.IsInRole(Policies.Preparer) ? Policies.Preparer
            : string.Empty;
        return new Actor(user.UserName!, user.DisplayName, role, user.DepartmentId, user.RegionId);
    }

    /// <summary>Whether this actor may see a disclosure of a department in a region (published ones are public anyway).</summary>
    public bool MaySee(int departmentId, int regionId) =>
        IsAdmin || (IsReviewer && RegionId == regionId) || (IsPreparer && DepartmentId == departmentId);

    /// <summary>Whether this actor reviews the region.</summary>
    public bool Reviews(int regionId) => IsAdmin || (IsReviewer && RegionId == regionId);
}
