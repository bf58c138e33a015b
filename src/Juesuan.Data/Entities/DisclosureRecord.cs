namespace Juesuan.Data.Entities;

/// <summary>One department's disclosure for one year, with every version ever uploaded.</summary>
public sealed class DisclosureRecord
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int Year { get; set; }

    public DisclosureStatus Status { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>UTC; null until published.</summary>
    public DateTime? PublishedAt { get; set; }

    public List<DisclosureVersion> Versions { get; set; } = [];

    public List<ReviewComment> Comments { get; set; } = [];
}
