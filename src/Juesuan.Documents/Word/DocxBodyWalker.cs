using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Word;

/// <summary>
/// Walks a Word body in document order and emits layout blocks. Content controls (w:sdt)
/// and custom XML wrappers are transparent at every level. Stops after a fixed number of
/// paragraphs and cells so that a huge or crafted file cannot take unbounded time.
/// </summary>
internal sealed class DocxBodyWalker(string path, int budget, DocxNumbering? numbering)
{
    private const int MaxNesting = 32;
    private const int MaxColumnSpan = 1000;
    private readonly List<LayoutBlock> blocks = [];
    private int remaining = budget;
    private int paragraphNumber;
    private int tableNumber;

    /// <summary>The blocks emitted so far (also after a failure half way).</summary>
    public IReadOnlyList<LayoutBlock> Blocks => blocks;

    /// <summary>True when the budget ran out before the end of the body.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Walks the body's children.</summary>
    public void Walk(OpenXmlElement container) => WalkBlocks(container, 0);

    private bool Spend()
    {
        if (remaining <= 0)
        {
            Truncated = true;
            return false;
        }

        remaining--;
        return true;
    }

    private void WalkBlocks(OpenXmlElement container, int depth)
    {
        foreach (var child in container.ChildElements)
        {
            if (Truncated)
            {
                return;
            }

            switch (child)
            {
                case Paragraph p:
                    if (!Spend())
                    {
                        return;
                    }

                    paragraphNumber++;
                    var text = CellText.Clean(TextOf(p));
                    if (text.Length > 0)
                    {
                        // Row without Table is the paragraph number: see DocxLayoutReader.
                        blocks.Add(new LayoutParagraph(text, new SourceLocation { File = path, Row = paragraphNumber }));
                    }

                    break;
                case Table t:
                    tableNumber++;
                    var table = ReadTable(t, tableNumber);
                    if (table is not null)
                    {
                        blocks.Add(table);
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock when depth < MaxNesting:
                    WalkBlocks(child, depth + 1);
                    break;
            }
        }
    }

    private LayoutTable? ReadTable(Table table, int t)
    {
        var rows = new List<LayoutRow>();
        var r = 0;
        foreach (var tr in Descend<TableRow>(table, 0))
        {
            r++;
            var cells = new List<LayoutCell>();
            var c = 0;
            foreach (var tc in Descend<TableCell>(tr, 0))
            {
                if (!Spend())
                {
                    break;
                }

                c++;
                var props = tc.TableCellProperties;
                var span = props?.GridSpan?.Val is { HasValue: true } g ? Math.Clamp(g.Value, 1, MaxColumnSpan) : 1;

                // A vMerge without val="restart" continues the cell above: Word's text export
                // prints it as an empty cell, and so do we.
                var merge = props?.VerticalMerge;
                var continuation = merge is not null && !(merge.Val is { HasValue: true } v && v.Value == MergedCellValues.Restart);
                var text = continuation ? string.Empty : CellTextOf(tc);
                cells.Add(new LayoutCell(text, new SourceLocation { File = path, Table = t, Row = r, Cell = c }, span));
            }

            if (cells.Count > 0)
            {
                rows.Add(new LayoutRow(cells, new SourceLocation { File = path, Table = t, Row = r }));
            }

            if (Truncated)
            {
                break;
            }
        }

        return rows.Count == 0 ? null : new LayoutTable(rows, new SourceLocation { File = path, Table = t });
    }

    /// <summary>A cell's paragraphs joined with '\n'; nested tables contribute their non-empty cells, one per line.</summary>
    private string CellTextOf(TableCell cell)
    {
        var lines = new List<string>();
        CollectLines(cell, lines, 0);
        return CellText.Clean(string.Join('\n', lines));
    }

    private void CollectLines(OpenXmlElement container, List<string> lines, int depth)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    // The cell itself paid for its first paragraph.
                    if (lines.Count > 0 && !Spend())
                    {
                        return;
                    }

                    // Not cleaned line by line: indentation inside a cell is kept, as Word's text export keeps it.
                    lines.Add(TextOf(p));
                    break;
                case Table nested when depth < MaxNesting:
                    foreach (var tc in Descend<TableCell>(nested, 0, through: true))
                    {
                        if (!Spend())
                        {
                            return;
                        }

                        var inner = new List<string>();
                        CollectLines(tc, inner, depth + 1);
                        var text = CellText.Clean(string.Join('\n', inner));
                        if (text.Length > 0)
                        {
                            lines.Add(text);
                        }
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock when depth < MaxNesting:
                    CollectLines(child, lines, depth + 1);
                    break;
            }

            if (Truncated)
            {
                return;
            }
        }
    }

    /// <summary>The paragraph's list number, if any, and its text.</summary>
    private string TextOf(Paragraph p) => numbering is null ? DocxText.Of(p) : numbering.Label(p) + DocxText.Of(p);

    /// <summary>
    /// The rows of a table or the cells of a row, looking through content controls and custom
    /// XML wrappers; with <paramref name="through"/> also through rows (all cells of a table).
    /// </summary>
    private static IEnumerable<T> Descend<T>(OpenXmlElement parent, int depth, bool through = false)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (depth < MaxNesting && (child is SdtRow or SdtContentRow or CustomXmlRow or SdtCell or SdtContentCell or CustomXmlCell
                || (through && child is TableRow)))
            {
                foreach (var inner in Descend<T>(child, depth + 1, through))
                {
                    yield return inner;
                }
            }
        }
    }
}
