using System.Text;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Text;

/// <summary>
/// Reads the plain-text extraction of a Word file, where every table cell is a line of its
/// own prefixed by a tab, rows are separated by a blank line, paragraphs inside a cell follow
/// without a tab, and page breaks are runs of blank lines.
/// </summary>
internal static class WordTextReader
{
    public static LayoutDocument Read(string path, IReadOnlyList<string> lines)
    {
        var blocks = new List<LayoutBlock>();
        var rows = new List<LayoutRow>();
        List<LayoutCell>? row = null;
        StringBuilder? cell = null;
        int cellLine = 0, rowLine = 0, tableWidth = 0;
        var afterBlank = false;
        var bridged = false;

        void FlushCell()
        {
            if (cell is null || row is null)
            {
                return;
            }

            row.Add(new LayoutCell(CellText.Clean(cell.ToString()), SourceLocation.AtLine(path, cellLine)));
            cell = null;
        }

        void FlushRow()
        {
            FlushCell();
            if (row is { Count: > 0 })
            {
                rows.Add(new LayoutRow(row, SourceLocation.AtLine(path, rowLine)));
                tableWidth = Math.Max(tableWidth, row.Count);
            }

            row = null;
        }

        void FlushTable()
        {
            FlushRow();
            if (rows.Count > 0)
            {
                var merged = MergeSplitRows(rows);
                blocks.Add(new LayoutTable(merged, merged[0].Location));
                rows.Clear();
            }

            tableWidth = 0;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (IsBlankLine(line))
            {
                if (row is not null && !afterBlank)
                {
                    // A blank line ends a row, unless the row turns out to continue (see below).
                    afterBlank = true;
                }

                continue;
            }

            if (IsCellLine(line, out var cellText))
            {
                if (afterBlank || row is null)
                {
                    if (!(afterBlank && row is not null && bridged))
                    {
                        FlushRow();
                        row = [];
                        rowLine = number;
                    }
                }

                afterBlank = false;
                bridged = false;
                FlushCell();
                cell = new StringBuilder(cellText);
                cellLine = number;
                continue;
            }

            // A line without a leading tab: inside a cell it is the cell's next paragraph.
            if (row is not null && cell is not null && !afterBlank)
            {
                cell.Append('\n').Append(line);
                continue;
            }

            // A merged first-column cell that Word split over a page: the row so far holds only
            // empty cells and more cells of the same row follow after this text.
            if (row is not null && afterBlank && ContinuesAcrossBreak(row, cell, tableWidth) && NextContentIsCell(lines, i + 1))
            {
                cell ??= new StringBuilder();
                cell.Append('\n').Append(line);
                bridged = true;
                continue;
            }

            afterBlank = false;
            bridged = false;
            FlushTable();
            var paragraph = ParagraphText(line);
            if (paragraph.Length > 0)
            {
                blocks.Add(new LayoutParagraph(paragraph, SourceLocation.AtLine(path, number), number));
            }
        }

        FlushTable();
        return new LayoutDocument(path, "text", blocks, []);
    }

    /// <summary>
    /// An empty paragraph inside a cell prints as a blank line, which splits the row in two.
    /// A short row followed by one that supplies exactly the missing cells is one row.
    /// </summary>
    private static List<LayoutRow> MergeSplitRows(List<LayoutRow> rows)
    {
        var widths = rows.Where(r => r.Cells.Count >= 3).GroupBy(r => r.Cells.Count).ToList();
        if (widths.Count == 0)
        {
            return rows.ToList();
        }

        var width = widths.MaxBy(g => g.Count())!.Key;
        var result = new List<LayoutRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Cells.Count > 1 && row.Cells.Count < width && i + 1 < rows.Count
                && rows[i + 1].Cells.Count == width - row.Cells.Count
                && !Juesuan.Domain.Classification.ClassificationCode.TryParse(Juesuan.Domain.Classification.ClassificationKind.Economic, rows[i + 1].Cells[0].Text, out _)
                && !Juesuan.Domain.Classification.ClassificationCode.TryParse(Juesuan.Domain.Classification.ClassificationKind.Function, rows[i + 1].Cells[0].Text, out _))
            {
                result.Add(row with { Cells = [.. row.Cells, .. rows[i + 1].Cells] });
                i++;
                continue;
            }

            result.Add(row);
        }

        return result;
    }

    private static bool ContinuesAcrossBreak(List<LayoutCell> row, StringBuilder? cell, int width)
    {
        if (width == 0 || row.Count + (cell is null ? 0 : 1) >= width)
        {
            return false;
        }

        return row.All(c => c.Text.Length == 0) && (cell is null || CellText.IsBlank(cell.ToString()) || IsShortLabel(cell.ToString()));
    }

    private static bool IsShortLabel(string text) => CellText.Compact(text).Length <= 8;

    private static bool NextContentIsCell(IReadOnlyList<string> lines, int from)
    {
        for (var j = from; j < lines.Count && j < from + 40; j++)
        {
            if (IsBlankLine(lines[j]))
            {
                continue;
            }

            if (IsCellLine(lines[j], out _))
            {
                return true;
            }

            if (CellText.Compact(lines[j]).Length > 8)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsBlankLine(string line) => line.Length == 0 || CellText.IsBlank(line) && !line.Contains('\t', StringComparison.Ordinal);

    /// <summary>A cell line: optional ASCII spaces, one tab, then text without further tabs.</summary>
    private static bool IsCellLine(string line, out string text)
    {
        text = string.Empty;
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i >= line.Length || line[i] != '\t')
        {
            return false;
        }

        var rest = line[(i + 1)..];
        if (rest.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        text = rest;
        return true;
    }

    /// <summary>Paragraph lines may hold tab stops ("部门：X\t\t单位：万元"): keep the parts apart by a space.</summary>
    private static string ParagraphText(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal))
        {
            return CellText.Clean(line);
        }

        var parts = line.Split('\t').Select(CellText.Clean).Where(p => p.Length > 0);
        return string.Join("  ", parts);
    }
}
