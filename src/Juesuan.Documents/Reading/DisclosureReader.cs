using System.Text;
using Juesuan.Documents.Excel;
using Juesuan.Documents.Interpretation;
using Juesuan.Domain.Disclosures;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Pdf;
using Juesuan.Documents.Text;
using Juesuan.Documents.Word;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Reading;

/// <summary>
/// The one entry point for reading a disclosure from a file of any supported format. Never
/// throws for bad input: a missing, unreadable, oversized, corrupt, encrypted or unrelated
/// file gives a <see cref="ReadResult"/> with a failure diagnostic naming the file.
/// </summary>
public static class DisclosureReader
{
    static DisclosureReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a file from disk.</summary>
    public static ReadResult Read(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return TryLoad(path, options, out var bytes, out var failure) ? Read(path, bytes, options) : Fail(path, failure);
    }

    /// <summary>Reads only the layout of a file on disk; a file that cannot be loaded gives a layout holding just the failure.</summary>
    public static LayoutDocument ReadLayout(string path, ReadOptions? options = null) =>
        TryLoad(path, options ?? ReadOptions.Default, out var bytes, out var failure)
            ? ReadLayout(path, bytes)
            : new LayoutDocument(path, "unknown", [], [failure]);

    // The checks every read from disk makes before looking at the content.
    private static bool TryLoad(string path, ReadOptions options, out byte[] bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Diagnostic? failure)
    {
        bytes = [];
        failure = null;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                failure = DiagnosticCodes.Unreadable(path, "这是一个文件夹");
            }
            else if (!info.Exists)
            {
                failure = DiagnosticCodes.FileNotFound(path);
            }
            else if (info.Length > options.MaxBytes)
            {
                failure = DiagnosticCodes.TooLarge(path, info.Length, options.MaxBytes);
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            failure = DiagnosticCodes.Unreadable(path, e is UnauthorizedAccessException ? "没有读取权限" : e.GetType().Name);
        }

        return failure is null;
    }

    /// <summary>Reads a file's bytes (already loaded); <paramref name="path"/> names it in messages and picks the format with the first bytes.</summary>
    public static ReadResult Read(string path, byte[] bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (bytes.LongLength > options.MaxBytes)
        {
            return Fail(path, DiagnosticCodes.TooLarge(path, bytes.LongLength, options.MaxBytes));
        }

        if (Json.DisclosureJsonReader.LooksLikeModel(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))))
        {
            return ReadModel(path, bytes);
        }

        var layout = ReadLayout(path, bytes);
        var fatal = layout.Diagnostics.FirstOrDefault(DiagnosticCodes.IsInputFailure);
        if (fatal is not null)
        {
            return Fail(path, fatal);
        }

        var disclosure = DisclosureInterpreter.Interpret(layout);
        var notDisclosure = disclosure.Diagnostics.FirstOrDefault(DiagnosticCodes.IsInputFailure);
        return notDisclosure is not null ? Fail(path, notDisclosure) : new ReadResult(path, disclosure, null);
    }

    /// <summary>Reads the layout only (paragraphs and tables), for tools that need the raw structure.</summary>
    public static LayoutDocument ReadLayout(string path, byte[] bytes)
    {
        var format = InputFormats.Detect(path, bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
        using var stream = new MemoryStream(bytes, writable: false);
        return format switch
        {
            InputFormat.Pdf => PdfLayoutReader.Read(path, stream),
            InputFormat.Docx => DocxLayoutReader.Read(path, stream),
            InputFormat.Xlsx => XlsxLayoutReader.Read(path, stream),
            InputFormat.Text => ReadText(path, bytes),
            _ => new LayoutDocument(path, "unknown", [], [DiagnosticCodes.UnknownFormat(path)]),
        };
    }

    private static LayoutDocument ReadText(string path, byte[] bytes)
    {
        if (!TextDecoding.TryDecode(bytes, out var text))
        {
            return new LayoutDocument(path, "text", [], [DiagnosticCodes.BadEncoding(path)]);
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return PageTextReader.IsPageText(lines) ? PageTextReader.Read(path, lines) : WordTextReader.Read(path, lines);
    }

    private static ReadResult Fail(string path, Diagnostic failure) => new(path, null, failure);

    /// <summary>The JSON model of <c>parse --format json</c>: its first document (a file of several is read as the first, with a warning).</summary>
    private static ReadResult ReadModel(string path, byte[] bytes)
    {
        IReadOnlyList<Disclosure> documents;
        try
        {
            documents = Json.DisclosureJsonReader.Read(Encoding.UTF8.GetString(bytes), path);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Fail(path, DiagnosticCodes.BadModel(path, e.Message));
        }

        if (documents.Count == 0)
        {
            return Fail(path, DiagnosticCodes.NotADisclosure(path));
        }

        var first = documents[0];
        return new ReadResult(path, documents.Count == 1 ? first : first with { Diagnostics = [.. first.Diagnostics, DiagnosticCodes.SeveralModels(path, documents.Count)] }, null);
    }
}
