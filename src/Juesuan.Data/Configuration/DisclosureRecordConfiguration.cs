using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juesuan.Data.Configuration;

internal sealed class DisclosureRecordConfiguration : IEntityTypeConfiguration<DisclosureRecord>
{
    public void Configure(EntityTypeBuilder<DisclosureRecord> e)
    {
        e.ToTable("Disclosures");
        e.HasIndex(d => new { d.DepartmentId, d.Year }).IsUnique();
        e.HasIndex(d => d.Status);
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        e.HasOne(d => d.Department).WithMany(p => p.Disclosures).HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(d => d.Comments).WithOne().HasForeignKey(c => c.DisclosureId).OnDelete(DeleteBehavior.Restrict);
    }
}
