using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Data.Tests;

/// <summary>A fresh database of a provider, migrated, with contexts made the way the app makes them.</summary>
internal sealed class Store : IDisposable
{
    private readonly TestDatabase database;
    private readonly ServiceProvider services;

    private Store(TestDatabase database)
    {
        this.database = database;
        services = new ServiceCollection().AddJuesuanDb(database.Provider, database.ConnectionString).BuildServiceProvider();
    }

    public static async Task<Store> OpenAsync(string provider)
    {
        var store = new Store(TestDatabase.Create(provider));
        await using var db = store.Context();
        await db.Database.MigrateAsync();
        return store;
    }

    /// <summary>A new context (its own scope), as one request would get.</summary>
    public JuesuanDb Context() => services.CreateScope().ServiceProvider.GetRequiredService<JuesuanDb>();

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
    }
}
