using Juesuan.Documents.Reading;
using Juesuan.Documents.Writing;
using UglyToad.PdfPig;

namespace Juesuan.Bench;

/// <summary>One document to parse: its bytes are loaded once so that parse timings exclude disk I/O.</summary>
/// <param name="Name">File name shown in results and passed to the reader (the reader only uses it as a name).</param>
/// <param name="Format">"text", "docx", "xlsx" or "pdf".</param>
/// <param name="Path">A file on disk holding the same bytes, for the peers that read from a path.</param>
/// <param name="Bytes">The file's content.</param>
/// <param name="Pages">Page count for PDFs; null otherwise.</param>
internal sealed record BenchInput(string Name, string Format, string Path, byte[] Bytes, int? Pages);

/// <summary>
/// Finds the seeds and the corpus in shared/ beside the repository, and derives .docx and .xlsx
/// inputs from the seeds with the project's own writers (the seeds exist only as text).
/// </summary>
internal static class BenchInputs
{
    /// <summary>The shared/ folder: JUESUAN_SHARED if set, else ../shared from the folder holding Juesuan.slnx.</summary>
    public static string SharedFolder()
    {
        var fromEnv = Environment.GetEnvironmentVariable("JUESUAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return System.IO.Path.GetFullPath(fromEnv);
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot(), "..", "shared"));
    }

    /// <summary>The folder holding Juesuan.slnx.</summary>
    public static string RepoRoot()
    {
        // Walk up from the binary rather than the working directory: BenchmarkDotNet runs its
        // generated host from a nested bin folder, and run.sh may be started from anywhere.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Juesuan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Juesuan.slnx not found above " + AppContext.BaseDirectory + "; set JUESUAN_SHARED.");
    }

    public static string SeedFolder => System.IO.Path.Combine(SharedFolder(), "seeds");

    public static string PdfFolder => System.IO.Path.Combine(SharedFolder(), "corpus", "pdf");

    public static IReadOnlyList<string> SeedNames() => FileNames(SeedFolder, "*.txt");

    public static IReadOnlyList<string> PdfNames() => FileNames(PdfFolder, "*.pdf");

    /// <summary>Names of the derived .docx/.xlsx inputs, one per seed.</summary>
    public static IReadOnlyList<string> DerivedNames(string extension) =>
        SeedNames().Select(n => System.IO.Path.ChangeExtension(n, extension)).ToList();

    public static IReadOnlyList<BenchInput> Seeds() =>
        SeedNames().Select(n => Load(System.IO.Path.Combine(SeedFolder, n), "text", null)).ToList();

    public static IReadOnlyList<BenchInput> Pdfs() =>
        PdfNames().Select(n =>
        {
            var path = System.IO.Path.Combine(PdfFolder, n);
            using var doc = PdfDocument.Open(path);
            return Load(path, "pdf", doc.NumberOfPages);
        }).ToList();

    /// <summary>
    /// Parses each seed and writes its model as .docx or .xlsx into <paramref name="folder"/>
    /// (so path-based peers can read the very same bytes). Throws if a seed does not parse:
    /// a benchmark of a failed read would time the failure path.
    /// </summary>
    public static IReadOnlyList<BenchInput> Derived(IReadOnlyList<BenchInput> seeds, string format, string folder)
    {
        Directory.CreateDirectory(folder);
        var result = new List<BenchInput>();
        foreach (var seed in seeds)
        {
            var read = DisclosureReader.Read(seed.Name, seed.Bytes);
            if (!read.Succeeded)
            {
                throw new InvalidOperationException("Seed " + seed.Name + " did not parse: " + read.Failure);
            }

            using var ms = new MemoryStream();
            if (string.Equals(format, "docx", StringComparison.Ordinal))
            {
                DisclosureFiles.WriteDocx(read.Disclosure!, ms);
            }
            else
            {
                DisclosureFiles.WriteXlsx(read.Disclosure!, ms);
            }

            var name = System.IO.Path.ChangeExtension(seed.Name, format);
            var path = System.IO.Path.Combine(folder, name);
            File.WriteAllBytes(path, ms.ToArray());
            result.Add(new BenchInput(name, format, path, ms.ToArray(), null));
        }

        return result;
    }

    private static BenchInput Load(string path, string format, int? pages) =>
        new(System.IO.Path.GetFileName(path), format, path, File.ReadAllBytes(path), pages);

    private static List<string> FileNames(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : throw new DirectoryNotFoundException(folder + " not found (is shared/ beside the repository?)");
}
