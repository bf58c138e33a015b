using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juesuan.Data.Configuration;

internal sealed class JuesuanUserConfiguration : IEntityTypeConfiguration<JuesuanUser>
{
    public void Configure(EntityTypeBuilder<JuesuanUser> e)
    {
        e.Property(u => u.DisplayName).HasMaxLength(100);
        e.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(u => u.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
