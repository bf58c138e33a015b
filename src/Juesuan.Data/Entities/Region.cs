namespace Juesuan.Data.Entities;

/// <summary>An administrative region (a county) whose finance bureau reviews its departments.</summary>
public sealed class Region
{
    public int Id { get; set; }

    /// <summary>"示例县".</summary>
    public required string Name { get; set; }

    public List<Department> Departments { get; set; } = [];
}
