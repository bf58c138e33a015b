namespace Juesuan.Data.Entities;

/// <summary>A reviewer's comment on a version, optionally at a place in it.</summary>
public sealed class ReviewComment
{
    public int Id { get; set; }

    public int DisclosureId { get; set; }

    public int VersionNumber { get; set; }

    public required string Author { get; set; }

    public required string Text { get; set; }

    /// <summary>"table 3 row 5", "line 1615"; null for the whole document.</summary>
    public string? Location { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
