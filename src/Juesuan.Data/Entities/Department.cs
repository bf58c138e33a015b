namespace Juesuan.Data.Entities;

/// <summary>A budget department (部门) that publishes its final accounts.</summary>
public sealed class Department
{
    public int Id { get; set; }

    /// <summary>The department's own code (预算单位编码), unique.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public List<DisclosureRecord> Disclosures { get; set; } = [];
}
