using Microsoft.AspNetCore.OutputCaching;

namespace Juesuan.Web.Workflow;

/// <summary>
/// The public pages are cached (they change only when something is published); publishing
/// evicts them, and expires what the portal keeps in memory about the published set. The policy caches anonymous GETs only, so nobody's signed-in view is shared.
/// </summary>
public sealed class PortalCache(IOutputCacheStore store, Public.PublicationSignal signal)
{
    /// <summary>The output-cache policy name of public pages.</summary>
    public const string Policy = "portal";

    /// <summary>The tag every cached public page carries.</summary>
    public const string Tag = "portal";

    /// <summary>Drops every cached public page.</summary>
    public async Task EvictAsync(CancellationToken cancel = default)
    {
        signal.Raise();
        await store.EvictByTagAsync(Tag, cancel);
    }

    /// <summary>Registers output caching with the portal policy.</summary>
    public static void Configure(OutputCacheOptions options) =>
        options.AddPolicy(Policy, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(Tag).SetVaryByQuery("*"));
}
