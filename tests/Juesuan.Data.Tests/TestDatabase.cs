using Npgsql;

namespace Juesuan.Data.Tests;

/// <summary>
/// A fresh, empty database for one fixture: a SQLite file in a temporary folder, or a uniquely
/// named database on the PostgreSQL server named by JUESUAN_TEST_POSTGRES (scripts/test.sh starts
/// one with scripts/install-postgres.sh). Without that variable the PostgreSQL tests fail, saying
/// so: a storage test that could not run is not a pass.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable holding the PostgreSQL server's connection string.</summary>
    public const string PostgresVariable = "JUESUAN_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? adminConnection;
    private readonly string? databaseName;

    private TestDatabase(string provider, string connectionString, string? folder, string? admin, string? name)
    {
        (Provider, ConnectionString, this.folder, adminConnection, databaseName) = (provider, connectionString, folder, admin, name);
    }

    /// <summary>"sqlite" or "postgres", as <c>Juesuan:Database</c> takes it.</summary>
    public string Provider { get; }

    /// <summary>The connection string of the fresh database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database for <paramref name="provider"/>.</summary>
    public static TestDatabase Create(string provider)
    {
        if (provider == "sqlite")
        {
            var dir = Directory.CreateTempSubdirectory("juesuan-store-").FullName;
            return new TestDatabase(provider, $"Data Source={Path.Combine(dir, "test.db")}", dir, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with scripts/test.sh, or start PostgreSQL with scripts/install-postgres.sh and export {PostgresVariable}=\"$(bash scripts/install-postgres.sh)\".");
        }

        var name = "juesuan_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, admin, name);
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the temp cleaner.
            }
        }

        if (adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(adminConnection);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
