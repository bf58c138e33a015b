namespace Juesuan.Data.Entities;

/// <summary>A line of the append-only audit trail: who did what, when. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The user name, or "system".</summary>
    public required string Actor { get; set; }

    /// <summary>"upload", "submit", "return", "approve", "publish", "login" …</summary>
    public required string Action { get; set; }

    public int? DisclosureId { get; set; }

    public string Details { get; set; } = string.Empty;
}
