using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Juesuan.Web.Tests;

/// <summary>The app on a SQLite database of its own in a temporary folder, filled with the demo.</summary>
public sealed class JuesuanFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("juesuan-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Juesuan:Data", folder);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open is left to the temp cleaner.
        }
    }
}
