using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Juesuan.Data;

/// <summary>For <c>dotnet ef migrations add … --context SqliteJuesuanDb</c>.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteJuesuanDb>
{
    public SqliteJuesuanDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJuesuanDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresJuesuanDb</c> (no server needed to add one).</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresJuesuanDb>
{
    public PostgresJuesuanDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJuesuanDb>().UseNpgsql("Host=localhost;Database=juesuan_design").Options);
}
