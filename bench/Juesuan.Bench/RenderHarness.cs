using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Documents.Writing.Html;
using Juesuan.Documents.Writing.Official;
using Juesuan.Documents.Writing.Rendering;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Bench;

/// <summary>
/// The <c>render</c> mode: one thread, warm, medians of N runs of writing a whole disclosure
/// from its figures (compose the text, lay out, write) as .docx, .xlsx, .html and JSON + CSV,
/// with python-docx writing the same paragraphs and table cells as the named peer; then the
/// LibreOffice PDF conversion of each .docx, timed separately (a few runs, a process each).
/// Markdown on stdout.
/// </summary>
internal static class RenderHarness
{
    private const double TargetMs = 30;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var iterations = 30;
        var pdfRuns = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!int.TryParse(args[i + 1], NumberStyles.None, Inv, out var n) || n <= 0 || args[i] is not ("--iterations" or "--pdf-runs"))
            {
                Console.Error.WriteLine("usage: render [--iterations N] [--pdf-runs N]");
                return 2;
            }

            (iterations, pdfRuns) = args[i] == "--iterations" ? (n, pdfRuns) : (iterations, n);
        }

#if DEBUG
        Console.Error.WriteLine("warning: Debug build; timings are meaningless. Use -c Release.");
#endif
        var temp = Directory.CreateTempSubdirectory("juesuan-bench-render-").FullName;
        try
        {
            var documents = Documents();
            var md = new StringBuilder();
            md.AppendLine(string.Create(Inv, $"Writing a whole disclosure from its figures (compose the 情况说明, lay out, write to memory), one thread, warm, median of {iterations} runs (p90 in brackets). Target: .docx and .xlsx ≤ {TargetMs} ms per document."));
            md.AppendLine();
            md.AppendLine("| document | tables / rows | .docx ms | .xlsx ms | .html ms | .json + .csv ms | python-docx ms (peer) | .docx alloc MB | of which compose / + layout ms |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|");
            var met = true;
            var peerInputs = new List<string>();
            foreach (var (name, figures) in documents)
            {
                peerInputs.Add(PeerInput(name, figures, temp));
            }

            var peer = PythonWrite(peerInputs, iterations);
            foreach (var ((name, figures), peerFile) in documents.Zip(peerInputs))
            {
                Console.Error.WriteLine("render: " + name);
                var inputs = SampleInputs.Create();
                var docx = Timing.Measure(() => Docx(figures, inputs), iterations, 20, TimeSpan.FromSeconds(1));
                var xlsx = Timing.Measure(() => Xlsx(figures, inputs), iterations, 20, TimeSpan.FromSeconds(1));
                var html = Timing.Measure(() => DisclosureHtmlWriter.Write(DisclosureComposer.Compose(figures, inputs)), iterations, 20, TimeSpan.FromSeconds(1));
                var json = Timing.Measure(() => Json(figures, inputs), iterations, 20, TimeSpan.FromSeconds(1));
                var compose = Timing.Measure(() => DisclosureComposer.Compose(figures, inputs), iterations, 20, TimeSpan.FromSeconds(1));
                var layout = Timing.Measure(() => OfficialLayoutWriter.Write(DisclosureComposer.Compose(figures, inputs)), iterations, 20, TimeSpan.FromSeconds(1));
                met &= docx.MedianMs <= TargetMs && xlsx.MedianMs <= TargetMs;
                var rows = figures.Tables.Sum(t => t.Rows.Count);
                md.AppendLine(string.Create(Inv, $"| {name} | {figures.Tables.Count} / {rows} | {F(docx)} | {F(xlsx)} | {F(html)} | {F(json)} | {peer.GetValueOrDefault(peerFile, "not available")} | {docx.AllocatedMbPerRun:0.0} | {compose.MedianMs:0.00} / {layout.MedianMs:0.00} |"));
            }

            md.AppendLine();
            md.AppendLine(met ? "Both targets are met for every document." : "**A target is missed** (see the table).");
            md.AppendLine();
            Pdf(md, documents, inputs: SampleInputs.Create(), temp, pdfRuns);
            Console.Out.Write(md.ToString());
            return met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The seeds that are final accounts, the sample, and two synthetic disclosures.</summary>
    private static List<(string Name, Disclosure Figures)> Documents()
    {
        var list = new List<(string, Disclosure)>();
        foreach (var seed in BenchInputs.SeedNames().Where(n => n.StartsWith("001", StringComparison.Ordinal) || n.StartsWith("004", StringComparison.Ordinal)))
        {
            var read = DisclosureReader.Read(Path.Combine(BenchInputs.SeedFolder, seed));
            list.Add((seed[..3], read.Disclosure!));
        }

        list.Add(("sample", SampleDisclosure.Create()));
        list.Add(("synthetic-1", SyntheticDisclosure.Generate(1)));
        list.Add(("synthetic-2", SyntheticDisclosure.Generate(2)));
        return list;
    }

    private static long Docx(Disclosure figures, ExplanationInputs inputs)
    {
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(OfficialLayoutWriter.Write(DisclosureComposer.Compose(figures, inputs)), ms);
        return ms.Length;
    }

    private static long Xlsx(Disclosure figures, ExplanationInputs inputs)
    {
        using var ms = new MemoryStream();
        DisclosureFiles.WriteXlsx(OfficialLayoutWriter.Write(DisclosureComposer.Compose(figures, inputs)), ms);
        return ms.Length;
    }

    private static long Json(Disclosure figures, ExplanationInputs inputs)
    {
        var d = DisclosureComposer.Compose(figures, inputs);
        var json = Juesuan.Documents.Json.DisclosureJsonWriter.ToJson([new ReadResult("x.json", d, null)]);
        using var csv = new StringWriter();
        Juesuan.Documents.Writing.OpenData.OpenDataWriter.WriteCsv(d, csv);
        return json.Length + csv.GetStringBuilder().Length;
    }

    /// <summary>The paragraphs and table cells of the composed layout, for the peer.</summary>
    private static string PeerInput(string name, Disclosure figures, string temp)
    {
        var layout = OfficialLayoutWriter.Write(DisclosureComposer.Compose(figures, SampleInputs.Create()));
        var blocks = layout.Blocks.Select(b => b switch
        {
            LayoutParagraph p => (object)new Dictionary<string, string> { ["p"] = p.Text },
            LayoutTable t => new Dictionary<string, List<List<string>>> { ["t"] = [.. t.Rows.Select(r => r.Cells.Select(c => c.Text).ToList())] },
            _ => null!,
        }).ToList();
        var path = Path.Combine(temp, name + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(blocks));
        return path;
    }

    private static Dictionary<string, string> PythonWrite(IReadOnlyList<string> files, int iterations)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "python_docx_write.py");
        var (code, output, err) = Peers.Capture(Peers.PythonPath, [script, iterations.ToString(Inv), "3", .. files]);
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parts in output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Where(p => p.Length >= 3))
        {
            results[parts[0]] = $"{parts[1]} ({parts[2]})";
        }

        if (code != 0)
        {
            Console.Error.WriteLine("python-docx peer: " + err.Trim());
        }

        return results;
    }

    private static void Pdf(StringBuilder md, List<(string Name, Disclosure Figures)> documents, ExplanationInputs inputs, string temp, int runs)
    {
        md.AppendLine(string.Create(Inv, $"PDF conversion, timed separately: `soffice --headless --convert-to pdf` of the .docx above, a new LibreOffice process each time (as `juesuan render` runs it), median of {runs} runs, wall time."));
        md.AppendLine();
        if (PdfConverter.Program is null)
        {
            md.AppendLine("LibreOffice is not installed here (`scripts/install-office.sh`): not measured.");
            return;
        }

        md.AppendLine("| document | pages | PDF ms |");
        md.AppendLine("|---|---|---|");
        foreach (var (name, figures) in documents)
        {
            Console.Error.WriteLine("pdf: " + name);
            var docx = Path.Combine(temp, name + ".docx");
            using (var s = File.Create(docx))
            {
                DisclosureFiles.WriteDocx(OfficialLayoutWriter.Write(DisclosureComposer.Compose(figures, inputs)), s);
            }

            var times = new List<double>();
            string? pdf = null;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                (pdf, var error) = PdfConverter.Convert(docx, temp);
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (pdf is null)
                {
                    md.AppendLine(Inv, $"| {name} | | failed: {error} |");
                    break;
                }
            }

            if (pdf is not null)
            {
                var pages = DisclosureReader.ReadLayout(pdf).Blocks.Max(b => b.Location.Page) ?? 0;
                md.AppendLine(string.Create(Inv, $"| {name} | {pages} | {Timing.Median(times):0} |"));
            }
        }
    }

    private static string F(Stats s) => string.Create(Inv, $"{s.MedianMs:0.00} ({s.P90Ms:0.00})");
}
