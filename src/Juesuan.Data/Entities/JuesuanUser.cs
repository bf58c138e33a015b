using Microsoft.AspNetCore.Identity;

namespace Juesuan.Data.Entities;

/// <summary>A user: a department's preparer, a region's reviewer, or an administrator.</summary>
public sealed class JuesuanUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The department a preparer prepares for.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>The region a reviewer reviews.</summary>
    public int? RegionId { get; set; }
}
