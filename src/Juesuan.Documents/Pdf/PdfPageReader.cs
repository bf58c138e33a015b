using Juesuan.Domain.Diagnostics;
using UglyToad.PdfPig.Content;

namespace Juesuan.Documents.Pdf;

/// <summary>One page as text lines and tables, top to bottom.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Items">Lines (outside tables) and tables, sorted by their top edge.</param>
/// <param name="Metrics">Body-text geometry of the page.</param>
internal sealed record PageContent(int Number, List<PageItem> Items, PageMetrics Metrics);

/// <summary>A text line or a table on a page.</summary>
internal sealed record PageItem(double Top, TextLine? Line, PlacedTable? Table);

/// <summary>Reads one PdfPig page into lines and tables.</summary>
internal static class PdfPageReader
{
    // Page numbers live in the top or bottom margin; a lone number elsewhere may be data.
    private const double MarginBand = 0.12;

    // Words farther apart than this many font sizes on one baseline are separate texts.
    private const double GapEms = 4.0;

    public static PageContent Read(Page page, int number, string path)
    {
        var height = page.Height;
        var words = PdfWord.FromLetters(page.Letters, height);

        var at = new SourceLocation { File = path, Page = number };
        var items = new List<PageItem>();
        foreach (var grid in RuledGrid.Find(Rulings.Extract(page)))
        {
            if (GridTableBuilder.Build(grid, words, at, number) is { } table)
            {
                items.Add(new PageItem(table.Top, null, table));
            }
        }

        var lines = new List<TextLine>();
        foreach (var line in TextLine.Group(words))
        {
            if (IsPageNumberLine(line, height))
            {
                continue;
            }

            lines.AddRange(line.SplitAtGaps(GapEms));
        }

        var metrics = PageMetrics.Of(lines, page.Width, height);
        foreach (var table in AlignedTableFinder.Find(lines, metrics, at, number))
        {
            items.Add(new PageItem(table.Top, null, table));
        }

        foreach (var line in lines)
        {
            items.Add(new PageItem(line.Top, line, null));
        }

        items.Sort((a, b) => a.Top.CompareTo(b.Top));
        return new PageContent(number, items, metrics);
    }

    private static bool IsPageNumberLine(TextLine line, double height) =>
        (line.Top > height * (1 - MarginBand) || line.Bottom < height * MarginBand)
        && ParagraphBuilder.IsPageNumber(line.Text);
}
