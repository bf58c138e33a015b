using System.Reflection;

namespace Juesuan.Domain.Classification;

/// <summary>Reads the embedded catalog TSV files: "code\tname[\talias|alias]", '#' comments.</summary>
internal static class CatalogData
{
    private const string Prefix = "Juesuan.Classification.";

    public static IReadOnlyList<int> Editions(ClassificationKind kind)
    {
        var stem = Prefix + Stem(kind) + "-";
        return typeof(CatalogData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(stem, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => int.Parse(n.AsSpan(stem.Length, 4), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    public static IEnumerable<CatalogEntry> Read(ClassificationKind kind, int edition)
    {
        var name = $"{Prefix}{Stem(kind)}-{edition}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded catalog {name}.");
        using var reader = new StreamReader(stream);
        var list = new List<CatalogEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || !ClassificationCode.TryParse(kind, parts[0], out var code))
            {
                // Shipped data is the project's own: a bad line is a programmer error.
                throw new InvalidDataException($"{name}:{lineNumber}: malformed catalog line.");
            }

            var aliases = parts.Length > 2 && parts[2].Length > 0 ? parts[2].Split('|') : [];
            list.Add(new CatalogEntry(code.Value, parts[1].Trim(), aliases));
        }

        return list;
    }

    private static string Stem(ClassificationKind kind) => kind == ClassificationKind.Function ? "function" : "economic";
}
