using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Juesuan.Documents.Reading;

namespace Juesuan.Bench;

/// <summary>
/// Parse time per document per format, through the public entry point
/// <see cref="DisclosureReader.Read(string, byte[], ReadOptions?)"/>: bytes are in memory, so
/// disk I/O is not measured. .docx and .xlsx inputs are the seeds' models written by the
/// project's writers, because the seeds exist only as text.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByMethod)]
public class ParseBenchmarks
{
    private readonly Dictionary<string, byte[]> bytes = new(StringComparer.Ordinal);

    public static IEnumerable<object> Seeds() => BenchInputs.SeedNames();

    public static IEnumerable<object> Docx() => BenchInputs.DerivedNames("docx");

    public static IEnumerable<object> Xlsx() => BenchInputs.DerivedNames("xlsx");

    public static IEnumerable<object> Pdfs() => BenchInputs.PdfNames();

    [GlobalSetup]
    public void Setup()
    {
        // Everything is prepared once per benchmark process; preparing all formats costs well
        // under a second and keeps one setup for every method.
        var seeds = BenchInputs.Seeds();
        var folder = Path.Combine(Path.GetTempPath(), "juesuan-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var input in seeds
                     .Concat(BenchInputs.Derived(seeds, "docx", folder))
                     .Concat(BenchInputs.Derived(seeds, "xlsx", folder))
                     .Concat(BenchInputs.Pdfs()))
        {
            bytes[input.Name] = input.Bytes;
        }

        // A benchmark that silently times a failure path would look fast; refuse to start.
        foreach (var (name, content) in bytes)
        {
            var read = DisclosureReader.Read(name, content);
            if (!read.Succeeded)
            {
                throw new InvalidOperationException(name + " does not parse: " + read.Failure);
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    [ArgumentsSource(nameof(Seeds))]
    public ReadResult ParseText(string document) => DisclosureReader.Read(document, bytes[document]);

    [Benchmark]
    [ArgumentsSource(nameof(Docx))]
    public ReadResult ParseDocx(string document) => DisclosureReader.Read(document, bytes[document]);

    [Benchmark]
    [ArgumentsSource(nameof(Xlsx))]
    public ReadResult ParseXlsx(string document) => DisclosureReader.Read(document, bytes[document]);

    [Benchmark]
    [ArgumentsSource(nameof(Pdfs))]
    public ReadResult ParsePdf(string document) => DisclosureReader.Read(document, bytes[document]);
}
