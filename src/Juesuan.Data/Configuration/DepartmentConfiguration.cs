using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juesuan.Data.Configuration;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.Property(d => d.Code).HasMaxLength(32);
        e.Property(d => d.Name).HasMaxLength(200);
        e.HasIndex(d => d.Code).IsUnique();
        e.HasOne(d => d.Region).WithMany(r => r.Departments).HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
