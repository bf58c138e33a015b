namespace Juesuan.Tests.Shared;

/// <summary>Where the repository and the shared documents (../shared beside the checkout) are.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Juesuan.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Juesuan.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>../shared beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A seed file by its number prefix ("001").</summary>
    public static string Seed(string number) =>
        Directory.GetFiles(Path.Combine(Shared, "seeds"), number + "_*.txt").Single();

    /// <summary>A corpus PDF by file name.</summary>
    public static string CorpusPdf(string name) => Path.Combine(Shared, "corpus", "pdf", name);

    /// <summary>All seed text files.</summary>
    public static IEnumerable<string> Seeds => Directory.GetFiles(Path.Combine(Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal);

    /// <summary>All corpus PDFs.</summary>
    public static IEnumerable<string> CorpusPdfs => Directory.GetFiles(Path.Combine(Shared, "corpus", "pdf"), "*.pdf").Order(StringComparer.Ordinal);
}
