using Juesuan.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// The store: regions, departments, disclosures with every version, review comments, the audit
/// trail and the Identity tables. One subclass per database provider carries that provider's
/// migrations (<see cref="SqliteJuesuanDb"/>, <see cref="PostgresJuesuanDb"/>); services ask
/// for <see cref="JuesuanDb"/>. The audit trail is append-only: saving a change or deletion of
/// an <see cref="AuditEntry"/> throws.
/// </summary>
public abstract class JuesuanDb(DbContextOptions options) : IdentityDbContext<JuesuanUser>(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DisclosureRecord> Disclosures => Set<DisclosureRecord>();

    public DbSet<DisclosureVersion> Versions => Set<DisclosureVersion>();

    public DbSet<ReviewComment> Comments => Set<ReviewComment>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    /// <summary>Adds a line to the audit trail (saved with the next SaveChanges).</summary>
    public void Audit(string actor, string action, int? disclosureId, string details = "") =>
        AuditTrail.Add(new AuditEntry { At = DateTime.UtcNow, Actor = actor, Action = action, DisclosureId = disclosureId, Details = details });

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditTrail();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditTrail();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JuesuanDb).Assembly);
    }

    private void GuardAuditTrail()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }
    }
}

/// <summary>The store on SQLite (the embedded default).</summary>
public sealed class SqliteJuesuanDb(DbContextOptions<SqliteJuesuanDb> options) : JuesuanDb(options);

/// <summary>The store on PostgreSQL (production).</summary>
public sealed class PostgresJuesuanDb(DbContextOptions<PostgresJuesuanDb> options) : JuesuanDb(options);
