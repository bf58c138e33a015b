using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// Reads a PDF with a text layer into paragraphs and tables in reading order. Ruled tables
/// become grids (see <see cref="GridTableBuilder"/>), unruled ones are found by column
/// alignment (see <see cref="AlignedTableFinder"/>); a table continued on the next page is
/// one table. Never throws for a damaged, encrypted or scanned file: those give diagnostics.
/// </summary>
internal static class PdfLayoutReader
{
    /// <summary>Pages read at most; the rest is reported as truncated.</summary>
    public const int MaxPages = 2000;

    /// <summary>Letters per page read at most; a page with more is skipped and reported.</summary>
    public const int MaxLettersPerPage = 200_000;

    /// <summary>Reads <paramref name="pdf"/>; <paramref name="path"/> is only used in locations.</summary>
    public static LayoutDocument Read(string path, Stream pdf)
    {
        var diagnostics = new List<Diagnostic>();
        var pages = new List<PageContent>();
        try
        {
            using var doc = PdfDocument.Open(Seekable(pdf), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var count = doc.NumberOfPages;
            if (count > MaxPages)
            {
                diagnostics.Add(DiagnosticCodes.Truncated(path, $"只读取了前 {MaxPages} 页（共 {count} 页）"));
                count = MaxPages;
            }

            var corruptPage = false;
            for (var n = 1; n <= count; n++)
            {
                try
                {
                    ReadPage(doc, n, path, pages, diagnostics);
                }
                catch (Exception ex) when (IsReadFailure(ex))
                {
                    // One broken page (bad font, bad content stream) must not cost the others.
                    if (!corruptPage)
                    {
                        diagnostics.Add(DiagnosticCodes.Corrupt(path, "PDF"));
                        corruptPage = true;
                    }
                }
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(DiagnosticCodes.Encrypted(path));
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            diagnostics.Add(DiagnosticCodes.Corrupt(path, "PDF"));
        }

        return new LayoutDocument(path, "pdf", Assemble(path, pages), diagnostics);
    }

    private static void ReadPage(PdfDocument doc, int n, string path, List<PageContent> pages, List<Diagnostic> diagnostics)
    {
        var page = doc.GetPage(n);
        var letters = page.Letters.Count;
        if (letters == 0)
        {
            // A page of borders only is blank, not a scan; an image without text is a scan.
            if (page.GetImages().Any())
            {
                diagnostics.Add(DiagnosticCodes.NoTextLayer(path, n));
            }

            return;
        }

        if (letters > MaxLettersPerPage)
        {
            diagnostics.Add(DiagnosticCodes.Truncated(path, $"第 {n} 页文字过多（{letters} 字），未读取"));
            return;
        }

        pages.Add(PdfPageReader.Read(page, n, path));
    }

    /// <summary>Puts the pages' lines and tables into blocks, joining tables continued across pages.</summary>
    private static List<LayoutBlock> Assemble(string path, List<PageContent> pages)
    {
        var blocks = new List<LayoutBlock>();
        var paragraphs = new ParagraphBuilder(path, blocks);
        PlacedTable? open = null;
        List<LayoutRow>? openRows = null;
        var openIsLastOnPage = false;
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Items.Count; i++)
            {
                var item = page.Items[i];
                if (item.Table is { } table)
                {
                    if (i == 0 && open is not null && openRows is not null && openIsLastOnPage
                        && open.Page == page.Number - 1 && open.SameColumns(table))
                    {
                        TableContinuation.Append(openRows, table.Rows);
                    }
                    else
                    {
                        paragraphs.Flush();
                        openRows = [.. table.Rows];
                        blocks.Add(new LayoutTable(openRows, table.Rows[0].Location));
                    }

                    open = table;
                    openIsLastOnPage = i == page.Items.Count - 1;
                }
                else if (item.Line is { } line)
                {
                    paragraphs.Add(line, page.Number, page.Metrics);
                    open = null;
                }
            }
        }

        paragraphs.Flush();
        return blocks;
    }

    private static Stream Seekable(Stream pdf)
    {
        if (pdf.CanSeek)
        {
            return pdf;
        }

        var copy = new MemoryStream();
        pdf.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    // PdfPig reports damage with many exception types (its own, but also ArgumentException,
    // InvalidOperationException, IndexOutOfRangeException … from deep in a parser). Only
    // conditions that no file can cause are let through.
    private static bool IsReadFailure(Exception ex) =>
        ex is not (OutOfMemoryException or StackOverflowException or ThreadAbortException or OperationCanceledException);
}
