using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Juesuan.Bench;

/// <summary>
/// The third-party parser alone on the same bytes, opened the way the reader opens it, so the
/// split table can tell library time from the project's own layout code. Text has none.
/// </summary>
internal static class LibraryBaseline
{
    public static string? Name(string format) => format switch
    {
        "pdf" => "PdfPig: open, every page's letters and paths",
        "docx" => "OpenXml SDK: open, load the body",
        "xlsx" => "ClosedXML: open the workbook",
        _ => null,
    };

    public static Func<object?>? For(BenchInput input) => input.Format switch
    {
        "pdf" => () => Pdf(input.Bytes),
        "docx" => () => Docx(input.Bytes),
        "xlsx" => () => Xlsx(input.Bytes),
        _ => null,
    };

    private static object Pdf(byte[] bytes)
    {
        using var doc = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var n = 0;
        for (var i = 1; i <= doc.NumberOfPages; i++)
        {
            var page = doc.GetPage(i);
            n += page.Letters.Count + page.Paths.Count;
        }

        return n;
    }

    private static object Docx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);

        // Counting the descendants makes the SDK parse every element it would otherwise leave lazy.
        return word.MainDocumentPart?.Document?.Body?.Descendants().Count() ?? 0;
    }

    private static object Xlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var workbook = new XLWorkbook(stream);
        return workbook.Worksheets.Count;
    }
}
