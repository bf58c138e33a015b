using Juesuan.Documents.Office;
using System.Globalization;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;

namespace Juesuan.Documents.Word;

/// <summary>Writes a layout table as a Word table for <see cref="DocxLayoutWriter"/>.</summary>
internal static class DocxTableWriter
{
    /// <summary>Narrowest column, in half-width characters.</summary>
    private const double MinWeight = 6;

    /// <summary>Widest a header cell makes its column, in half-width characters.</summary>
    private const double HeaderWeight = 19;

    /// <summary>Widest column, in half-width characters, before it shares the rest.</summary>
    private const double MaxWeight = 36;

    /// <summary>The table: fixed layout over the text width, single borders, a w:tc per layout cell.</summary>
    public static void Write(DocxBodyXml x, LayoutTable layout, int textWidth)
    {
        var columns = Math.Max(1, layout.Rows.Max(r => r.Cells.Sum(c => Span(c))));
        var widths = ColumnWidths(layout, columns, textWidth);
        x.Start("tbl");
        x.Start("tblPr");
        x.Element("tblW", ("w:w", "5000"), ("w:type", "pct"));
        x.Start("tblBorders");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            x.Element(side, ("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000"));
        }

        x.End();
        x.Element("tblLayout", ("w:type", "fixed"));
        x.End();
        x.Start("tblGrid");
        foreach (var width in widths)
        {
            x.Element("gridCol", ("w:w", width.ToString(CultureInfo.InvariantCulture)));
        }

        x.End();
        // Rows still covered by a cell above that spans downwards, per grid column.
        var covered = new int[columns];
        foreach (var row in layout.Rows)
        {
            if (row.Cells.Count == 0)
            {
                continue;
            }

            x.Start("tr");
            x.Start("trPr");
            // A row never breaks across pages: a PDF cannot tell a line carried over from a
            // row of its own, and nobody reads a figure split from its name.
            x.Element("cantSplit");
            if (row.IsHeader)
            {
                x.Element("tblHeader");
            }

            var used = row.Cells.Sum(c => Span(c));
            if (used < columns)
            {
                x.Element("gridAfter", ("w:val", (columns - used).ToString(CultureInfo.InvariantCulture)));
            }

            x.End();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var span = Span(cell);
                var width = widths.Skip(column).Take(span).Sum();
                var merge = column < columns && covered[column] > 0 ? "continue" : cell.RowSpan > 1 ? "restart" : null;
                Cell(x, merge == "continue" ? string.Empty : cell.Text, span, Math.Max(width, 1), merge, row.IsHeader);
                for (var k = column; k < Math.Min(column + span, columns); k++)
                {
                    covered[k] = merge == "continue" ? covered[k] - 1 : Math.Max(cell.RowSpan - 1, 0);
                }

                column += span;
            }

            x.End();
        }

        x.End();
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

    private static void Cell(DocxBodyXml x, string text, int span, int width, string? merge, bool header)
    {
        x.Start("tc");
        x.Start("tcPr");
        x.Element("tcW", ("w:w", width.ToString(CultureInfo.InvariantCulture)), ("w:type", "dxa"));
        if (span > 1)
        {
            x.Element("gridSpan", ("w:val", span.ToString(CultureInfo.InvariantCulture)));
        }

        if (merge is not null)
        {
            x.Element("vMerge", ("w:val", merge));
        }

        x.Element("vAlign", ("w:val", "center"));
        x.End();
        var format = new ParagraphFormat(DocxStyles.TableText, Right: !header && IsFigure(text), Center: header, Bold: header);
        foreach (var line in OfficeText.Sanitize(text).Split('\n'))
        {
            x.Paragraph(line, format);
        }

        x.End();
    }

    private static int Span(LayoutCell cell) => Math.Clamp(cell.ColumnSpan, 1, 1000);
}
