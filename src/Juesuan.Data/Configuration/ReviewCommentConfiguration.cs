using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juesuan.Data.Configuration;

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> e)
    {
        e.Property(c => c.Author).HasMaxLength(256);
        e.Property(c => c.Location).HasMaxLength(200);
        e.HasIndex(c => c.DisclosureId);
    }
}
