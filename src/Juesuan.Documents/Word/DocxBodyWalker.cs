using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Word;

/// <summary>
/// Walks a Word body in document order, forward only, and emits layout blocks. Content
/// controls (w:sdt) and custom XML wrappers are transparent at every level. Stops emitting
/// after a fixed number of paragraphs and cells so that a huge or crafted file cannot take
/// unbounded time, but still reads the part to its end (the read is also its safety scan).
/// </summary>
/// <remarks>
/// Elements are recognised where the OpenXml SDK, which this walk replaces, typed them: a w:p
/// or w:tbl among the body's, a content's or a cell's children; w:sdtContent only inside a
/// w:sdt. Anything else is skipped whole, as the SDK's unknown elements were.
/// </remarks>
internal sealed class DocxBodyWalker(string path, int budget, DocxNumbering? numbering)
{
    private const int MaxNesting = 32;
    private const int MaxColumnSpan = 1000;
    private readonly List<LayoutBlock> blocks = [];
    private int remaining = budget;
    private int paragraphNumber;
    private int tableNumber;
    private DocxCursor cursor = null!;

    /// <summary>The blocks emitted so far.</summary>
    public IReadOnlyList<LayoutBlock> Blocks => blocks;

    /// <summary>True when the budget ran out before the end of the body.</summary>
    public bool Truncated { get; private set; }

    /// <summary>True once a w:document root with a w:body was found.</summary>
    public bool FoundBody { get; private set; }

    /// <summary>Reads the main document part to its end.</summary>
    /// <param name="part">Before the part's first node.</param>
    public void Walk(DocxCursor part)
    {
        cursor = part;
        var reader = part.Reader;
        do
        {
            part.Read();
        }
        while (reader.NodeType != System.Xml.XmlNodeType.Element);

        if (part.Is("document") && !reader.IsEmptyElement)
        {
            var root = reader.Depth;
            while (part.NextChild(root))
            {
                if (!FoundBody && part.Is("body"))
                {
                    FoundBody = true;
                    WalkBlocks(0, wrapper: false);
                }
                else
                {
                    part.Skip();
                }
            }
        }
        else
        {
            part.Skip();
        }

        part.ReadToEnd();
    }

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

    /// <summary>True when the current element is a content control or custom XML level to look through.</summary>
    /// <param name="wrapper">The parent is a w:sdt, whose content sits in w:sdtContent.</param>
    private bool IsTransparent(bool wrapper) => wrapper ? cursor.Is("sdtContent") : cursor.Is("sdt") || cursor.Is("customXml");

    /// <param name="depth">Content-control nesting so far.</param>
    /// <param name="wrapper">The cursor is on a w:sdt: only its w:sdtContent holds blocks.</param>
    private void WalkBlocks(int depth, bool wrapper)
    {
        if (cursor.Reader.IsEmptyElement)
        {
            return;
        }

        var parent = cursor.Reader.Depth;
        while (cursor.NextChild(parent))
        {
            if (Truncated)
            {
                cursor.Skip();
            }
            else if (!wrapper && cursor.Is("p"))
            {
                if (!Spend())
                {
                    cursor.Skip();
                    continue;
                }

                paragraphNumber++;
                var text = CellText.Clean(TextOf());
                if (text.Length > 0)
                {
                    // Row without Table is the paragraph number: see DocxLayoutReader.
                    blocks.Add(new LayoutParagraph(text, new SourceLocation { File = path, Row = paragraphNumber }));
                }
            }
            else if (!wrapper && cursor.Is("tbl"))
            {
                tableNumber++;
                var table = ReadTable(tableNumber);
                if (table is not null)
                {
                    blocks.Add(table);
                }
            }
            else if (depth < MaxNesting && IsTransparent(wrapper))
            {
                WalkBlocks(depth + 1, wrapper: !wrapper && cursor.Is("sdt"));
            }
            else
            {
                cursor.Skip();
            }
        }
    }

    private LayoutTable? ReadTable(int t)
    {
        var rows = new List<LayoutRow>();
        var r = 0;
        Descend("tr", 0, through: false, wrapper: false, () =>
        {
            if (Truncated)
            {
                cursor.Skip();
                return;
            }

            r++;
            var cells = new List<LayoutCell>();
            var c = 0;
            Descend("tc", 0, through: false, wrapper: false, () =>
            {
                if (Truncated || !Spend())
                {
                    cursor.Skip();
                    return;
                }

                c++;
                var (text, span) = ReadCell();
                cells.Add(new LayoutCell(text, new SourceLocation { File = path, Table = t, Row = r, Cell = c }, span));
            });

            if (cells.Count > 0)
            {
                rows.Add(new LayoutRow(cells, new SourceLocation { File = path, Table = t, Row = r }));
            }
        });

        return rows.Count == 0 ? null : new LayoutTable(rows, new SourceLocation { File = path, Table = t });
    }

    /// <summary>A top-level cell: its text (empty for a vMerge continuation) and its column span.</summary>
    private (string Text, int Span) ReadCell()
    {
        var lines = new List<string>();
        var props = new CellProperties();
        CollectLines(lines, 0, wrapper: false, props);

        // A vMerge without val="restart" continues the cell above: Word's text export prints
        // it as an empty cell, and so do we.
        var text = props.Continuation ? string.Empty : CellText.Clean(string.Join('\n', lines));
        return (text, props.Span);
    }

    /// <summary>
    /// Adds a cell's paragraphs, one line each, to <paramref name="lines"/>; nested tables
    /// contribute their non-empty cells, one per line.
    /// </summary>
    /// <param name="lines">The lines so far.</param>
    /// <param name="depth">Table and content-control nesting so far.</param>
    /// <param name="wrapper">The cursor is on a w:sdt: only its w:sdtContent holds content.</param>
    /// <param name="props">For a top-level cell, its w:tcPr is read into this; continuation cells read no text.</param>
    private void CollectLines(List<string> lines, int depth, bool wrapper, CellProperties? props)
    {
        if (cursor.Reader.IsEmptyElement)
        {
            return;
        }

        var parent = cursor.Reader.Depth;
        while (cursor.NextChild(parent))
        {
            if (props is not null && !props.Seen && depth == 0 && cursor.Is("tcPr"))
            {
                props.Read(cursor);
            }
            else if (Truncated || props is { Continuation: true })
            {
                cursor.Skip();
            }
            else if (!wrapper && cursor.Is("p"))
            {
                // The cell itself paid for its first paragraph.
                if (lines.Count > 0 && !Spend())
                {
                    cursor.Skip();
                    continue;
                }

                // Not cleaned line by line: indentation inside a cell is kept, as Word's text export keeps it.
                lines.Add(TextOf());
            }
            else if (!wrapper && cursor.Is("tbl") && depth < MaxNesting)
            {
                Descend("tc", 0, through: true, wrapper: false, () =>
                {
                    if (Truncated || !Spend())
                    {
                        cursor.Skip();
                        return;
                    }

                    var inner = new List<string>();
                    CollectLines(inner, depth + 1, wrapper: false, null);
                    var text = CellText.Clean(string.Join('\n', inner));
                    if (text.Length > 0)
                    {
                        lines.Add(text);
                    }
                });
            }
            else if (depth < MaxNesting && IsTransparent(wrapper))
            {
                CollectLines(lines, depth + 1, wrapper: !wrapper && cursor.Is("sdt"), null);
            }
            else
            {
                cursor.Skip();
            }
        }
    }

    /// <summary>The paragraph's list number, if any, and its text.</summary>
    private string TextOf()
    {
        var text = DocxText.Of(cursor, out var list);
        return numbering is null ? text : numbering.Label(list.NumId, list.Level, list.StyleId) + text;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> on each w:tr (of a table) or w:tc (of a row), looking
    /// through content controls and custom XML wrappers; with <paramref name="through"/> also
    /// through rows (all cells of a table). The visit consumes the element.
    /// </summary>
    private void Descend(string target, int depth, bool through, bool wrapper, Action visit)
    {
        if (cursor.Reader.IsEmptyElement)
        {
            return;
        }

        var parent = cursor.Reader.Depth;
        while (cursor.NextChild(parent))
        {
            if (!wrapper && cursor.Is(target))
            {
                visit();
            }
            else if (depth < MaxNesting && (IsTransparent(wrapper) || (through && !wrapper && cursor.Is("tr"))))
            {
                Descend(target, depth + 1, through, wrapper: !wrapper && cursor.Is("sdt"), visit);
            }
            else
            {
                cursor.Skip();
            }
        }
    }

    /// <summary>What a top-level cell's first w:tcPr says.</summary>
    private sealed class CellProperties
    {
        public bool Seen { get; private set; }

        public bool Continuation { get; private set; }

        public int Span { get; private set; } = 1;

        public void Read(DocxCursor cursor)
        {
            Seen = true;
            var reader = cursor.Reader;
            if (reader.IsEmptyElement)
            {
                return;
            }

            bool sawSpan = false, sawMerge = false;
            var parent = reader.Depth;
            while (cursor.NextChild(parent))
            {
                if (!sawSpan && cursor.Is("gridSpan"))
                {
                    sawSpan = true;
                    Span = DocxXml.Int(cursor.Attribute("val")) is { } g ? Math.Clamp(g, 1, MaxColumnSpan) : 1;
                }
                else if (!sawMerge && cursor.Is("vMerge"))
                {
                    sawMerge = true;
                    Continuation = !string.Equals(cursor.Attribute("val"), "restart", StringComparison.Ordinal);
                }

                cursor.Skip();
            }
        }
    }
}
