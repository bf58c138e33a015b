using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Writing;

/// <summary>
/// Lays a disclosure out as paragraphs and tables in the shapes the interpreter reads, so that
/// any format writer (docx, xlsx) produces a file that reads back to the same model. This is
/// the plain layout; the official one (公开NN表 styling, three-group 基本支出) is the Write issue's.
/// </summary>
public static class DisclosureLayoutWriter
{
    /// <summary>Lays out the whole disclosure in document order.</summary>
    public static LayoutDocument Write(Disclosure d, string path = "") =>
        Write(d, path, TableLayouts.Write, n => Paragraph(n.Text), EvaluationLayouts.Write);

    /// <summary>Lays out narrative, tables and evaluations in document order with the given table and paragraph layouts.</summary>
    internal static LayoutDocument Write(
        Disclosure d,
        string path,
        Func<Juesuan.Domain.Tables.DisclosureTable, string?, bool, IEnumerable<LayoutBlock>> table,
        Func<NarrativeParagraph, LayoutParagraph> paragraph,
        Func<Juesuan.Domain.Evaluations.Evaluation, IEnumerable<LayoutBlock>> evaluation)
    {
        var items = new List<(int Order, IEnumerable<LayoutBlock> Blocks)>();
        items.AddRange(d.Narrative.Select(n => (n.Order, (IEnumerable<LayoutBlock>)[paragraph(n)])));
        // The "本表无数据" note is written only when the text does not already say it after the table.
        items.AddRange(d.Tables.Select(t => (t.Order, table(t, d.Department,
            !d.Narrative.Any(n => n.Order > t.Order && n.Order < t.Order + 64 && n.Text.Contains("本表无数据", StringComparison.Ordinal))))));
        items.AddRange(d.Evaluations
            .Where(e => e.Kind != Juesuan.Domain.Evaluations.EvaluationKind.NarrativeBreakdown)
            .Select(e => (e.Order, evaluation(e))));
        var blocks = items.OrderBy(i => i.Order).SelectMany(i => i.Blocks).ToList();
        return new LayoutDocument(path, "layout", blocks, []);
    }

    internal static LayoutParagraph Paragraph(string text) => new(text, new SourceLocation());

    internal static LayoutCell Cell(string text) => new(text, new SourceLocation());

    internal static LayoutCell Cell(Amount? amount) => Cell(amount?.ToString() ?? string.Empty);

    internal static LayoutRow Row(params IEnumerable<LayoutCell> cells) => new(cells.ToList(), new SourceLocation());

    internal static LayoutRow Row(params IEnumerable<string> cells) => Row(cells.Select(Cell));

    internal static LayoutTable Table(IEnumerable<LayoutRow> rows) => new(rows.ToList(), new SourceLocation());
}
