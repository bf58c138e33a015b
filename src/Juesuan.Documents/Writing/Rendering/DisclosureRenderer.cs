using System.Text;
using Juesuan.Documents.Json;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Word;
using Juesuan.Documents.Excel;
using Juesuan.Documents.Writing.Html;
using Juesuan.Documents.Writing.OpenData;
using Juesuan.Documents.Writing.Official;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Writing.Rendering;

/// <summary>
/// Writes a composed disclosure in the official layout as NAME.docx, NAME.xlsx, NAME.pdf,
/// NAME.html and NAME.json (the model) with open data (NAME.csv and NAME.datapackage.json).
/// </summary>
public static class DisclosureRenderer
{
    /// <summary>Writes the formats asked for into <paramref name="folder"/>; returns the files written and any error.</summary>
    public static (IReadOnlyList<string> Files, string? Error) Render(Disclosure d, string folder, string name, IReadOnlyList<RenderFormat> formats)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var layout = OfficialLayoutWriter.Write(d, name);
        string File(string extension) => Path.Combine(folder, name + extension);
        string? docx = null;
        foreach (var format in formats)
        {
            switch (format)
            {
                case RenderFormat.Docx:
                    docx = Write(File(".docx"), s => DocxLayoutWriter.Write(layout, s));
                    files.Add(docx);
                    break;
                case RenderFormat.Xlsx:
                    files.Add(Write(File(".xlsx"), s => XlsxLayoutWriter.Write(layout, s)));
                    break;
                case RenderFormat.Pdf:
                    var source = docx;
                    string? scratch = null;
                    if (source is null)
                    {
                        scratch = Directory.CreateTempSubdirectory("juesuan-render-").FullName;
                        source = Write(Path.Combine(scratch, name + ".docx"), s => DocxLayoutWriter.Write(layout, s));
                    }

                    var (pdf, error) = PdfConverter.Convert(source, folder);
                    if (scratch is not null)
                    {
                        Directory.Delete(scratch, recursive: true);
                    }

                    if (pdf is null)
                    {
                        return (files, error);
                    }

                    files.Add(pdf);
                    break;
                case RenderFormat.Html:
                    files.Add(WriteText(File(".html"), DisclosureHtmlWriter.Write(d)));
                    break;
                case RenderFormat.Json:
                    files.Add(WriteText(File(".json"), DisclosureJsonWriter.ToJson([new ReadResult(name + ".json", d with { Path = name + ".json" }, null)])));
                    files.Add(Write(File(".csv"), s =>
                    {
                        using var w = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true);
                        OpenDataWriter.WriteCsv(d, w);
                    }));
                    files.Add(WriteText(File(".datapackage.json"), OpenDataWriter.Descriptor(d, name + ".csv")));
                    break;
            }
        }

        return (files, null);
    }

    private static string Write(string path, Action<Stream> write)
    {
        using var s = System.IO.File.Create(path);
        write(s);
        return path;
    }

    private static string WriteText(string path, string text)
    {
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
