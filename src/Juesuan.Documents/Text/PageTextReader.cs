using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Text;

/// <summary>
/// Reads page texts ("===== PAGE n =====" between pages, as PDF text extraction prints them):
/// lines wrapped inside sentences and numbers are joined back into paragraphs; lines whose
/// parts are separated by tabs or wide spaces are table rows.
/// </summary>
internal static partial class PageTextReader
{
    [GeneratedRegex(@"^\s*=+\s*PAGE\s+(\d+)\s*=+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"\t|\s{2,}|\u3000{2,}")]
    private static partial Regex ColumnGap();

    public static bool IsPageText(IReadOnlyList<string> lines) => lines.Take(5000).Any(l => PageMarker().IsMatch(l));

    public static LayoutDocument Read(string path, IReadOnlyList<string> lines)
    {
        var blocks = new List<LayoutBlock>();
        var rows = new List<LayoutRow>();
        StringBuilder? paragraph = null;
        int paragraphLine = 0, paragraphEnd = 0, paragraphPage = 0;
        var page = 1;

        void FlushParagraph()
        {
            if (paragraph is not null)
            {
                blocks.Add(new LayoutParagraph(CellText.Clean(paragraph.ToString()), SourceLocation.AtLine(path, paragraphLine, null, paragraphPage), paragraphEnd));
                paragraph = null;
            }
        }

        void FlushTable()
        {
            if (rows.Count > 0)
            {
                blocks.Add(new LayoutTable(rows.ToList(), rows[0].Location));
                rows.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (PageMarker().Match(line) is { Success: true } m)
            {
                page = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            if (CellText.IsBlank(line))
            {
                FlushParagraph();
                continue;
            }

            var parts = ColumnGap().Split(line.Trim(CellText.Blank)).Where(p => p.Length > 0).ToList();
            if (parts.Count >= 2)
            {
                FlushParagraph();
                var cells = parts.Select(p => new LayoutCell(CellText.Clean(p), SourceLocation.AtLine(path, number, line.IndexOf(p, StringComparison.Ordinal) + 1, page))).ToList();
                rows.Add(new LayoutRow(cells, SourceLocation.AtLine(path, number, null, page)));
                continue;
            }

            FlushTable();
            var text = line.Trim(CellText.Blank);
            if (paragraph is not null && Continues(paragraph, text))
            {
                paragraph.Append(text);
                paragraphEnd = number;
                continue;
            }

            FlushParagraph();
            paragraph = new StringBuilder(text);
            paragraphLine = paragraphEnd = number;
            paragraphPage = page;
        }

        FlushParagraph();
        FlushTable();
        return new LayoutDocument(path, "text", blocks, []);
    }

    /// <summary>A wrapped line continues the paragraph unless the paragraph ended a sentence or the line opens a heading.</summary>
    private static bool Continues(StringBuilder paragraph, string line)
    {
        var last = paragraph[^1];
        if (last is '。' or '！' or '？' or '：' or '；')
        {
            return false;
        }

        if (DocumentHeadingStart(line))
        {
            return false;
        }

        // A short title line ("收入决算表") stands alone.
        return paragraph.Length >= 20 || char.IsAsciiDigit(last) || last is '，' or '、' or '.';
    }

    private static bool DocumentHeadingStart(string line)
    {
        var stripped = Juesuan.Domain.Classification.CatalogNames.StripListNumber(line);
        return stripped.Length < line.Length || line.StartsWith('第') || line.StartsWith("注", StringComparison.Ordinal);
    }
}
