using System.Text.Json;

namespace Juesuan.Web.Public;

/// <summary>A series of a chart: a name and one value per category (null where there is no figure).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// Apache ECharts options built on the server from the figures, written into the page as
/// <c>data-option</c>; the layout's script draws every <c>.chart</c> element. Missing figures
/// are gaps, not zeros.
/// </summary>
public static class Charts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A pie of named values (zero and missing ones left out).</summary>
    public static string Pie(string title, IEnumerable<(string Name, decimal? Value)> parts) => Write(new
    {
        title = new { text = title, left = "center" },
        tooltip = new { trigger = "item", formatter = "{b}：{c} 万元（{d}%）" },
        series = new[]
        {
            new
            {
                type = "pie", radius = "60%", top = 30,
                data = parts.Where(p => p.Value is > 0).Select(p => new { name = p.Name, value = p.Value }).ToArray(),
            },
        },
    });

    /// <summary>Bars: one group per category, one bar per series.</summary>
    public static string Bar(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, bool stacked = false) =>
        Axes(title, categories, series, "bar", stacked);

    /// <summary>Lines over categories (years).</summary>
    public static string Line(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series) =>
        Axes(title, categories, series, "line", stacked: false);

    private static string Axes(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string type, bool stacked) => Write(new
    {
        title = new { text = title, left = "center" },
        tooltip = new { trigger = "axis" },
        legend = new { bottom = 0 },
        grid = new { top = 60, left = 60, right = 20, bottom = categories.Count > 4 ? 110 : 70 },
        xAxis = new { type = "category", data = categories, axisLabel = new { interval = 0, rotate = categories.Count > 4 ? 30 : 0 } },
        yAxis = new { type = "value", name = "万元" },
        series = series.Select(s => new { name = s.Name, type, stack = stacked ? "total" : null, data = s.Values, connectNulls = false }).ToArray(),
    });

    private static string Write(object option) => JsonSerializer.Serialize(option, Json);
}
