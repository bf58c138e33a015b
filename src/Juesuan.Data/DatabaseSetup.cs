using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Data;

/// <summary>Registers the store for a provider: "sqlite" (a file in the data folder) or "postgres" (a connection string).</summary>
public static class DatabaseSetup
{
    /// <summary>Adds <see cref="JuesuanDb"/> backed by the chosen provider.</summary>
    public static IServiceCollection AddJuesuanDb(this IServiceCollection services, string provider, string connectionString)
    {
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                services.AddDbContext<JuesuanDb, SqliteJuesuanDb>(o => o.UseSqlite(connectionString));
                break;
            case "POSTGRES" or "POSTGRESQL":
                services.AddDbContext<JuesuanDb, PostgresJuesuanDb>(o => o.UseNpgsql(connectionString));
                break;
            default:
                throw new ArgumentException($"Unknown database provider '{provider}' (sqlite or postgres).", nameof(provider));
        }

        return services;
    }
}
