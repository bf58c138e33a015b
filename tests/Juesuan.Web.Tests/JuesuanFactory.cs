using Juesuan.Data.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Juesuan.Web.Tests;

/// <summary>The app on a SQLite database of its own in a temporary folder, filled with the demo.</summary>
public class JuesuanFactory : WebApplicationFactory<Program>
{
    private readonly Lazy<TestDatabase> database;

    public JuesuanFactory()
        : this("sqlite")
    {
    }

    protected JuesuanFactory(string provider) => database = new Lazy<TestDatabase>(() => TestDatabase.Create(provider));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Juesuan:Database", database.Value.Provider);
        builder.UseSetting("ConnectionStrings:Juesuan", database.Value.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && database.IsValueCreated)
        {
            database.Value.Dispose();
        }
    }
}

/// <summary>The same app on a fresh PostgreSQL database (JUESUAN_TEST_POSTGRES).</summary>
public sealed class PostgresJuesuanFactory() : JuesuanFactory("postgres");
