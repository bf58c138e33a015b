namespace Juesuan.Web;

/// <summary>Roles and the authorization policies built on them.</summary>
public static class Policies
{
    /// <summary>A department's preparer: own department only.</summary>
    public const string Preparer = "Preparer";

    /// <summary>A finance bureau's reviewer: one region.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Administrator.</summary>
    public const string Admin = "Admin";

    /// <summary>Policy (not a role): a reviewer or an administrator.</summary>
    public const string Reviewing = "Reviewing";
}
