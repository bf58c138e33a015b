using System.Globalization;
using System.Xml;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Office;
using TableKinds = Juesuan.Domain.Tables.TableKinds;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as an .xlsx the way reporting software exports one:
/// a sheet per table (named after its title) with its captions on top, then the table with
/// thin borders, bold centred header rows frozen at the top, and merged cells for ColumnSpan
/// and RowSpan; running text goes to "说明" sheets. Sheet order is document order. Figures
/// become numbers whose format prints them back as written ("16.90" as 16.9 with 0.00,
/// "2,940.05" as 2940.05 with #,##0.00); all else is text. Wide tables print landscape.
/// </summary>
/// <remarks>
/// <see cref="XlsxLayoutReader"/> reads this back to the same tables in the same order and
/// every paragraph text (paragraphs are regrouped per sheet). Limits: a table row whose cells
/// span fewer columns than the widest row reads back padded with empty cells, leading and
/// trailing all-empty table rows are dropped, and texts beyond Excel's 32,767 characters are cut.
/// </remarks>
internal static class XlsxLayoutWriter
{
    private const int MaxCellText = 32_767;
    private const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    public static void Write(LayoutDocument doc, Stream output)
    {
        var book = new XlsxPackageWriter();
        var names = new XlsxSheetNames();
        var tables = 0;
        var any = false;
        foreach (var plan in XlsxSheetPlan.Plan(doc.Blocks))
        {
            any = true;
            if (plan.Table is { } table)
            {
                tables++;
                var name = names.Make(plan.Title, string.Create(Inv, $"表{tables}"));
                var grid = TableGrid(book, plan.Captions, table, plan.Notes);
                book.AddSheet(name, w => grid.Write(w));
            }
            else
            {
                var grid = TextGrid(book, plan.Captions);
                book.AddSheet(names.Make("说明", "说明"), w => grid.Write(w));
            }
        }

        if (!any)
        {
            var empty = new SheetGrid(1);
            book.AddSheet(names.Make("说明", "说明"), w => empty.Write(w)); // a workbook needs a sheet
        }

        using var buffer = new MemoryStream();
        book.Save(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static SheetGrid TextGrid(XlsxPackageWriter book, IReadOnlyList<string> paragraphs)
    {
        var grid = new SheetGrid(1) { Widths = [100] };
        var style = book.Style(new XlsxStyle(0, false, 0, false, true, false));
        foreach (var p in paragraphs.Take(MaxRows))
        {
            grid.Rows.Add([Text(book, p, style)]);
        }

        return grid;
    }

    private static SheetGrid TableGrid(XlsxPackageWriter book, IReadOnlyList<string> captions, LayoutTable table, IReadOnlyList<string> notes)
    {
        var width = Math.Clamp(table.Rows.Max(r => r.Cells.Sum(Span)), 1, MaxColumns);
        var grid = new SheetGrid(width) { Landscape = width >= 7 };
        var title = book.Style(new XlsxStyle(2, false, 0, true, false, true));
        foreach (var caption in captions)
        {
            var row = new XlsxCell?[width];
            var isTitle = TableKinds.FromTitle(caption) is not null;
            row[0] = Text(book, caption, isTitle ? title : 0);
            if (isTitle && width > 1)
            {
                grid.Merges.Add((grid.Rows.Count, 0, grid.Rows.Count, width - 1));
            }

            grid.Rows.Add(row);
        }

        var top = grid.Rows.Count;
        var columnChars = new double[width];
        var covered = new int[width];
        var headerRows = 0;
        foreach (var layoutRow in table.Rows)
        {
            if (layoutRow.Cells.Count == 0 || grid.Rows.Count >= MaxRows)
            {
                continue;
            }

            var header = layoutRow.IsHeader && headerRows == grid.Rows.Count - top;
            headerRows += header ? 1 : 0;
            var blank = book.Style(new XlsxStyle(header ? 1 : 0, true, 0, header, true, true));
            var row = new XlsxCell?[width];
            Array.Fill(row, new XlsxCell(XlsxCellKind.Empty, null, 0, blank));
            var col = 0;
            foreach (var cell in layoutRow.Cells)
            {
                var span = Math.Min(Span(cell), width - col);
                if (span <= 0)
                {
                    break;
                }

                if (covered[col] > 0)
                {
                    covered[col]--; // part of the merged cell above
                    col += span;
                    continue;
                }

                row[col] = Value(book, cell.Text, header);
                var down = Math.Clamp(cell.RowSpan, 1, MaxRows - grid.Rows.Count);
                if (span > 1 || down > 1)
                {
                    grid.Merges.Add((grid.Rows.Count, col, grid.Rows.Count + down - 1, col + span - 1));
                    for (var k = col; k < col + span; k++)
                    {
                        covered[k] = down - 1;
                    }
                }

                if (span == 1)
                {
                    columnChars[col] = Math.Max(columnChars[col], DisplayWidth(cell.Text));
                }

                col += span;
            }

            grid.Rows.Add(row);
        }

        foreach (var note in notes)
        {
            var row = new XlsxCell?[width];
            row[0] = Text(book, note, 0);
            grid.Rows.Add(row);
        }

        grid.Widths = columnChars.Select(c => Math.Clamp(c + 2, 8, 50)).ToArray();
        grid.FrozenRows = headerRows > 0 ? top + headerRows : 0;
        return grid;
    }

    /// <summary>A figure as a number with the format that prints it back as the same text; anything else as text.</summary>
    private static XlsxCell Value(XlsxPackageWriter book, string text, bool header)
    {
        if (!header && XlsxNumberFormat.TryAsNumber(text, out var value, out var format))
        {
            return new XlsxCell(XlsxCellKind.Number, null, value, book.Style(new XlsxStyle(0, true, book.Format(format), false, true, true)));
        }

        return Text(book, text, book.Style(new XlsxStyle(header ? 1 : 0, true, 0, header, true, true)));
    }

    /// <summary>Text stays text: "007" is not turned into 7, "=1" is not a formula.</summary>
    private static XlsxCell Text(XlsxPackageWriter book, string text, int style)
    {
        text = OfficeText.Sanitize(text);
        if (text.Length > MaxCellText)
        {
            text = text[..MaxCellText];
        }

        return text.Length == 0 ? new XlsxCell(XlsxCellKind.Empty, null, 0, style) : new XlsxCell(XlsxCellKind.Text, book.String(text), 0, style);
    }

    private static int Span(LayoutCell cell) => Math.Clamp(cell.ColumnSpan, 1, MaxColumns);

    /// <summary>Approximate column width in characters: CJK characters count double.</summary>
    private static double DisplayWidth(string text) =>
        text.Split('\n').Max(line => line.Sum(c => c >= '\u2e80' ? 2.0 : 1.0));

    private enum XlsxCellKind
    {
        Empty,
        Text,
        Number,
    }

    private readonly record struct XlsxCell(XlsxCellKind Kind, int? String, double Number, int Style);

    /// <summary>One sheet's cells, merges, widths and view, written as SpreadsheetML.</summary>
    private sealed class SheetGrid(int width)
    {
        public List<XlsxCell?[]> Rows { get; } = [];

        public List<(int Top, int Left, int Bottom, int Right)> Merges { get; } = [];

        public double[] Widths { get; set; } = [];

        public int FrozenRows { get; set; }

        public bool Landscape { get; init; }

        public void Write(XmlWriter w)
        {
            w.WriteStartElement("sheetViews", Main);
            w.WriteStartElement("sheetView", Main);
            w.WriteAttributeString("workbookViewId", "0");
            if (FrozenRows > 0)
            {
                w.WriteStartElement("pane", Main);
                w.WriteAttributeString("ySplit", FrozenRows.ToString(Inv));
                w.WriteAttributeString("topLeftCell", "A" + (FrozenRows + 1).ToString(Inv));
                w.WriteAttributeString("activePane", "bottomLeft");
                w.WriteAttributeString("state", "frozen");
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("sheetFormatPr", Main);
            w.WriteAttributeString("defaultRowHeight", "13.5");
            w.WriteEndElement();
            if (Widths.Length > 0)
            {
                w.WriteStartElement("cols", Main);
                for (var c = 0; c < Widths.Length; c++)
                {
                    w.WriteStartElement("col", Main);
                    w.WriteAttributeString("min", (c + 1).ToString(Inv));
                    w.WriteAttributeString("max", (c + 1).ToString(Inv));
                    w.WriteAttributeString("width", Widths[c].ToString("0.##", Inv));
                    w.WriteAttributeString("customWidth", "1");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteStartElement("sheetData", Main);
            for (var r = 0; r < Rows.Count; r++)
            {
                w.WriteStartElement("row", Main);
                w.WriteAttributeString("r", (r + 1).ToString(Inv));
                for (var c = 0; c < width; c++)
                {
                    if (Rows[r][c] is { } cell)
                    {
                        WriteCell(w, Reference(r, c), cell);
                    }
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            if (Merges.Count > 0)
            {
                w.WriteStartElement("mergeCells", Main);
                w.WriteAttributeString("count", Merges.Count.ToString(Inv));
                foreach (var (top, left, bottom, right) in Merges)
                {
                    w.WriteStartElement("mergeCell", Main);
                    w.WriteAttributeString("ref", Reference(top, left) + ":" + Reference(bottom, right));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteStartElement("pageMargins", Main);
            foreach (var (name, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3") })
            {
                w.WriteAttributeString(name, value);
            }

            w.WriteEndElement();
            w.WriteStartElement("pageSetup", Main);
            w.WriteAttributeString("paperSize", "9");
            w.WriteAttributeString("orientation", Landscape ? "landscape" : "portrait");
            w.WriteEndElement();
        }

        private static void WriteCell(XmlWriter w, string reference, XlsxCell cell)
        {
            w.WriteStartElement("c", Main);
            w.WriteAttributeString("r", reference);
            if (cell.Style != 0)
            {
                w.WriteAttributeString("s", cell.Style.ToString(Inv));
            }

            switch (cell.Kind)
            {
                case XlsxCellKind.Text:
                    w.WriteAttributeString("t", "s");
                    w.WriteElementString("v", Main, cell.String!.Value.ToString(Inv));
                    break;
                case XlsxCellKind.Number:
                    w.WriteElementString("v", Main, cell.Number.ToString("R", Inv));
                    break;
            }

            w.WriteEndElement();
        }

        private static string Reference(int row, int column)
        {
            Span<char> letters = stackalloc char[4];
            var n = column + 1;
            var i = letters.Length;
            while (n > 0)
            {
                n--;
                letters[--i] = (char)('A' + (n % 26));
                n /= 26;
            }

            return string.Concat(letters[i..], (row + 1).ToString(Inv));
        }
    }
}
