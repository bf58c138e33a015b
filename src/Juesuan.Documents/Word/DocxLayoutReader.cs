using Juesuan.Documents.Office;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Word;

/// <summary>
/// Reads a .docx into a <see cref="LayoutDocument"/>: the body's paragraphs and top-level
/// tables in order, content controls looked through.
/// </summary>
/// <remarks>
/// Locations: a table is <c>{ File, Table = t }</c>, a row <c>{ File, Table = t, Row = r }</c>,
/// a cell <c>{ File, Table = t, Row = r, Cell = c }</c>, all 1-based, t counting the body's
/// top-level tables (nested tables are flattened into their cell's text) and r, c counting
/// w:tr and w:tc. A paragraph is <c>{ File, Row = n }</c> with Table null: Row without Table
/// is the 1-based number of the paragraph among the body's paragraphs (empty ones counted,
/// table-cell paragraphs not). Cells: one per w:tc with ColumnSpan = gridSpan; a vMerge
/// continuation cell is empty; gridBefore/gridAfter are ignored. Text: see <see cref="DocxText"/>;
/// automatic list numbers ("二、", "（一）") are put before the text as Word shows them (see
/// <see cref="DocxNumbering"/>). Never throws on bad input.
/// </remarks>
internal static class DocxLayoutReader
{
    /// <summary>Paragraphs plus table cells read before the reader stops.</summary>
    public const int MaxItems = 100_000;

    /// <summary>Reads the document; problems become diagnostics.</summary>
    /// <param name="path">The path to report in locations.</param>
    /// <param name="docx">The file's bytes; read to the end, not disposed.</param>
    public static LayoutDocument Read(string path, Stream docx) => Read(path, docx, MaxItems);

    /// <summary>Reads with another budget of paragraphs plus cells (tests use a small one).</summary>
    internal static LayoutDocument Read(string path, Stream docx, int maxItems)
    {
        // The main part is parsed once, during the container's safety scan; a problem found
        // by the scan anywhere in the package discards what was read.
        using var bytes = OfficeContainer.Buffer(path, docx, out var problem);
        var package = new DocxPackage(path, maxItems);
        problem ??= bytes is null ? null : OfficeContainer.Check(path, bytes, "Word", countMedia: false, package);
        if (bytes is null || problem is not null)
        {
            return new LayoutDocument(path, "docx", [], [problem!]);
        }

        if (package.Walker is not { FoundBody: true } walker || !package.MainRead)
        {
            return new LayoutDocument(path, "docx", [], [DiagnosticCodes.Corrupt(path, "Word")]);
        }

        List<Diagnostic> diagnostics = walker.Truncated
            ? [DiagnosticCodes.Truncated(path, $"只读取了前 {maxItems} 个段落和单元格")]
            : [];
        return new LayoutDocument(path, "docx", walker.Blocks.ToList(), diagnostics);
    }
}
