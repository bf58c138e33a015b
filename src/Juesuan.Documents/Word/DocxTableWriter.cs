using Juesuan.Documents.Office;
using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;

namespace Juesuan.Documents.Word;

/// <summary>Writes a layout table as a Word table for <see cref="DocxLayoutWriter"/>.</summary>
internal static class DocxTableWriter
{
    /// <summary>Narrowest column, in half-width characters.</summary>
    private const double MinWeight = 6;

    /// <summary>Widest a header cell makes its column, in half-width characters.</summary>
    private const double HeaderWeight = 14;

    /// <summary>Widest column, in half-width characters, before it shares the rest.</summary>
    private const double MaxWeight = 36;

    /// <summary>The table: fixed layout over the text width, single borders, a w:tc per layout cell.</summary>
    public static Table Table(LayoutTable layout, int textWidth = DocxStyles.TextWidth)
    {
        var columns = Math.Max(1, layout.Rows.Max(r => r.Cells.Sum(c => Span(c))));
        var widths = ColumnWidths(layout, columns, textWidth);
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                DocxStyles.Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            grid);
        // Rows still covered by a cell above that spans downwards, per grid column.
        var covered = new int[columns];
        foreach (var row in layout.Rows)
        {
            if (row.Cells.Count == 0)
            {
                continue;
            }

            var tr = new TableRow();
            var used = row.Cells.Sum(c => Span(c));
            {
                // A row never breaks across pages: a PDF cannot tell a line carried over
                // from a row of its own, and nobody reads a figure split from its name.
                var props = new TableRowProperties(new CantSplit());
                if (row.IsHeader)
                {
                    props.Append(new TableHeader());
                }

                if (used < columns)
                {
                    props.Append(new GridAfter { Val = columns - used });
                }

                tr.Append(props);
            }

            var column = 0;
            foreach (var cell in row.Cells)
            {
                var span = Span(cell);
                var width = widths.Skip(column).Take(span).Sum();
                var merge = column < columns && covered[column] > 0 ? MergedCellValues.Continue : cell.RowSpan > 1 ? MergedCellValues.Restart : (MergedCellValues?)null;
                tr.Append(Cell(merge == MergedCellValues.Continue ? cell with { Text = string.Empty } : cell, Math.Max(width, 1), merge, row.IsHeader));
                for (var k = column; k < Math.Min(column + span, columns); k++)
                {
                    covered[k] = merge == MergedCellValues.Continue ? covered[k] - 1 : Math.Max(cell.RowSpan - 1, 0);
                }

                column += span;
            }

            table.Append(tr);
        }

        return table;
    }

    /// <summary>
    /// Column widths in twips over the text width, in proportion to the longest line of the
    /// single-column cells in each column (CJK characters counting double), within bounds so
    /// that a long sentence does not squeeze the figures.
    /// </summary>
    private static int[] ColumnWidths(LayoutTable layout, int columns, int textWidth)
    {
        var weights = new double[columns];
        Array.Fill(weights, MinWeight);
        foreach (var row in layout.Rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (Span(cell) == 1 && column < columns)
                {
                    var longest = cell.Text.Split('\n').Max(line => line.Sum(c => c >= '\u2e80' ? 2.0 : 1.0));
                    // + 3 for the cell margins; figures must not wrap, sentences may
                    // Column names may wrap onto two lines; the names and figures below may not.
                    weights[column] = Math.Max(weights[column], Math.Min(longest + 3, row.IsHeader ? HeaderWeight : MaxWeight));
                }

                column += Span(cell);
            }
        }

        var total = weights.Sum();
        return weights.Select(w => Math.Max(1, (int)(textWidth * w / total))).ToArray();
    }

    /// <summary>Figures are right-aligned; bare integers of three or more digits are codes (201, 30101) and are not.</summary>
    private static bool IsFigure(string text) =>
        Amount.TryParse(text, out var amount) && (amount.Scale > 0 || text.Length <= 2 || !text.All(char.IsAsciiDigit));

    private static TableCell Cell(LayoutCell cell, int width, MergedCellValues? merge, bool header)
    {
        var span = Span(cell);
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            props.Append(new VerticalMerge { Val = m });
        }

        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var tc = new TableCell(props);
        var right = !header && IsFigure(cell.Text);
        foreach (var line in OfficeText.Sanitize(cell.Text).Split('\n'))
        {
            var paragraph = DocxLayoutWriter.Paragraph(line, DocxStyles.TableText, right);
            if (header)
            {
                paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
                foreach (var run in paragraph.Elements<Run>())
                {
                    run.PrependChild(new RunProperties(new Bold()));
                }
            }

            tc.Append(paragraph);
        }

        return tc;
    }

    private static int Span(LayoutCell cell) => Math.Clamp(cell.ColumnSpan, 1, 1000);
}
