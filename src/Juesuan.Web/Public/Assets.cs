using System.Reflection;
using Microsoft.Net.Http.Headers;

namespace Juesuan.Web.Public;

/// <summary>
/// Serves the browser libraries embedded in the assembly (Apache ECharts from npm), with a
/// long cache lifetime: the file only changes with a new build.
/// </summary>
public static class Assets
{
    /// <summary>The path the pages load ECharts from.</summary>
    public const string EChartsPath = "/lib/echarts.min.js";

    private static readonly Lazy<byte[]> ECharts = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("echarts.min.js")
            ?? throw new InvalidOperationException("echarts.min.js is not embedded: the build runs npm ci in src/Juesuan.Web.");
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    });

    /// <summary>Maps the asset endpoints.</summary>
    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(EChartsPath, (HttpContext context) =>
        {
            context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=604800";
            return TypedResults.Bytes(ECharts.Value, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();
        return routes;
    }
}
