using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juesuan.Data.Configuration;

internal sealed class DisclosureVersionConfiguration : IEntityTypeConfiguration<DisclosureVersion>
{
    public void Configure(EntityTypeBuilder<DisclosureVersion> e)
    {
        e.HasIndex(v => new { v.DisclosureId, v.Number }).IsUnique();
        e.Property(v => v.FileName).HasMaxLength(260);
        e.Property(v => v.CreatedBy).HasMaxLength(256);
        e.HasOne(v => v.Disclosure).WithMany(d => d.Versions).HasForeignKey(v => v.DisclosureId).OnDelete(DeleteBehavior.Restrict);
    }
}
