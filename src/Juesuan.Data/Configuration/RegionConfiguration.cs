using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juesuan.Data.Configuration;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> e)
    {
        e.Property(r => r.Name).HasMaxLength(100);
        e.HasIndex(r => r.Name).IsUnique();
    }
}
