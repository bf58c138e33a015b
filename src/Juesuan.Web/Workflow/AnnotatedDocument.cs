using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Web.Workflow;

/// <summary>A cell with the findings that point at it.</summary>
public sealed record AnnotatedCell(string Text, IReadOnlyList<FindingLine> Findings);

/// <summary>A table row: code, name, cells, and the findings on the row itself or its cells.</summary>
public sealed record AnnotatedRow(string Code, string Name, IReadOnlyList<AnnotatedCell> Cells, IReadOnlyList<FindingLine> Findings);

/// <summary>A table or a paragraph, in document order.</summary>
public sealed record AnnotatedBlock(int Order, string? Title, IReadOnlyList<string> Columns, IReadOnlyList<AnnotatedRow> Rows, string? Text, IReadOnlyList<FindingLine> Findings)
{
    /// <summary>True for a table block.</summary>
    public bool IsTable => Title is not null;
}

/// <summary>
/// A version laid out for review: its tables and paragraphs with each finding placed beside the
/// cell or sentence it is about (matched on the finding's location), and the findings that
/// point elsewhere (self-evaluation, whole document) listed apart.
/// </summary>
public sealed record AnnotatedDocument(IReadOnlyList<AnnotatedBlock> Blocks, IReadOnlyList<FindingLine> Elsewhere)
{
    /// <summary>Places <paramref name="findings"/> on the model's cells and paragraphs.</summary>
    public static AnnotatedDocument Build(Disclosure model, IReadOnlyList<FindingLine> findings)
    {
        var placed = new HashSet<FindingLine>();
        var blocks = new List<AnnotatedBlock>();
        foreach (var table in model.Tables)
        {
            var rows = table.Rows.Select(r => Row(r, findings, placed)).ToList();
            var title = table.Label is null ? table.Kind.Title() : $"{table.Label} {table.Kind.Title()}";
            blocks.Add(new AnnotatedBlock(table.Order, title, table.Columns, rows, null, []));
        }

        foreach (var p in model.Narrative.Where(p => p.Part == DocumentPart.Explanation || Touches(p, findings)))
        {
            var here = findings.Where(f => !placed.Contains(f) && Within(p, f)).ToList();
            placed.UnionWith(here);
            blocks.Add(new AnnotatedBlock(p.Order, null, [], [], p.Text, here));
        }

        return new AnnotatedDocument(blocks.OrderBy(b => b.Order).ToList(), findings.Where(f => !placed.Contains(f)).ToList());
    }

    private static AnnotatedRow Row(TableRow row, IReadOnlyList<FindingLine> findings, HashSet<FindingLine> placed)
    {
        var cells = new List<AnnotatedCell>();
        foreach (var (_, cell) in row.Cells)
        {
            var at = Describe(cell.Location);
            var here = at.Length == 0 ? [] : findings.Where(f => f.Location == at).ToList();
            placed.UnionWith(here);
            cells.Add(new AnnotatedCell(cell.Text, here));
        }

        var rowAt = Describe(row.Location);
        var onRow = findings.Where(f => !placed.Contains(f) && rowAt.Length > 0 && f.Location == rowAt).ToList();
        placed.UnionWith(onRow);
        return new AnnotatedRow(row.Code?.Digits ?? string.Empty, row.Name, cells, onRow);
    }

    private static bool Touches(NarrativeParagraph p, IReadOnlyList<FindingLine> findings) => findings.Any(f => Within(p, f));

    private static bool Within(NarrativeParagraph p, FindingLine f)
    {
        if (f.Line is { } line && p.Location.Line is { } start && p.Location.Table is null)
        {
            return line >= start && line <= (p.EndLine ?? start);
        }

        var at = Describe(p.Location);
        return at.Length > 0 && f.Location == at;
    }

    private static string Describe(SourceLocation location) => location.Describe();
}
