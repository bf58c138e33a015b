using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Layout;

/// <summary>
/// What every reader produces before interpretation: paragraphs and tables in document order,
/// each with its source location. One interpreter turns this into the disclosure model, so
/// the four formats cannot drift apart.
/// </summary>
/// <param name="Path">The input path.</param>
/// <param name="Format">"text", "docx", "xlsx" or "pdf".</param>
/// <param name="Blocks">Paragraphs and tables in order.</param>
/// <param name="Diagnostics">Problems met while reading the container.</param>
public sealed record LayoutDocument(string Path, string Format, IReadOnlyList<LayoutBlock> Blocks, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A paragraph or a table.</summary>
public abstract record LayoutBlock(SourceLocation Location);

/// <summary>A paragraph of text (a heading, a sentence, a table title, a note).</summary>
/// <param name="Text">The text; lines wrapped inside it already joined.</param>
/// <param name="Location">Where it starts.</param>
/// <param name="EndLine">For text inputs, the last line it covers.</param>
public sealed record LayoutParagraph(string Text, SourceLocation Location, int? EndLine = null) : LayoutBlock(Location)
{
    /// <summary>What the paragraph is, for writers that style it; readers leave it <see cref="ParagraphRole.Body"/>.</summary>
    public ParagraphRole Role { get; init; }
}

/// <summary>A table as a grid of rows of cells, as laid out (headers, titles and notes included).</summary>
public sealed record LayoutTable(IReadOnlyList<LayoutRow> Rows, SourceLocation Location) : LayoutBlock(Location);

/// <summary>A row of a laid-out table.</summary>
public sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells, SourceLocation Location)
{
    /// <summary>A header row (column names, 栏次): writers print it bold, centred and repeated on each page.</summary>
    public bool IsHeader { get; init; }
}

/// <summary>A cell: its text (paragraphs joined with '\n') and where it is.</summary>
/// <param name="Text">Cell text, trimmed of surrounding blanks.</param>
/// <param name="Location">Where the cell starts.</param>
/// <param name="ColumnSpan">Grid columns the cell covers (Word gridSpan, merged Excel cells).</param>
public sealed record LayoutCell(string Text, SourceLocation Location, int ColumnSpan = 1)
{
    /// <summary>
    /// Rows the cell covers downwards (Word vMerge, merged Excel rows). The rows below keep a
    /// placeholder cell at the same grid position, which writers print as part of this one.
    /// Readers leave it 1 and give the covered positions as empty cells.
    /// </summary>
    public int RowSpan { get; init; } = 1;
}
