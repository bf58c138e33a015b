using System.Text.Json;

namespace Juesuan.Rules.Scoring;

/// <summary>The shipped indicator systems (Scoring/Systems/*.json, embedded), and loading a user's.</summary>
public static class IndicatorSystems
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly Lazy<IReadOnlyList<IndicatorSystem>> BuiltIn = new(Load);

    /// <summary>All shipped systems.</summary>
    public static IReadOnlyList<IndicatorSystem> All => BuiltIn.Value;

    /// <summary>A shipped system by name, or null.</summary>
    public static IndicatorSystem? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>Reads a system from JSON text; throws <see cref="JsonException"/> with the position on bad input.</summary>
    public static IndicatorSystem Parse(string json) =>
        JsonSerializer.Deserialize<IndicatorSystem>(json, Options) ?? throw new JsonException("空的指标体系文件");

    private static IReadOnlyList<IndicatorSystem> Load()
    {
        var assembly = typeof(IndicatorSystems).Assembly;
        var list = new List<IndicatorSystem>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".system.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(Parse(reader.ReadToEnd()));
        }

        return list;
    }
}
