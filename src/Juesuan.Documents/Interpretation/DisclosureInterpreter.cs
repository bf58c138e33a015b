using Juesuan.Documents.Layout;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Turns a <see cref="LayoutDocument"/> from any reader into a <see cref="Disclosure"/>:
/// finds titles, labels and units around tables, gives each table its kind by title (or by
/// shape for self-evaluations and rubrics), extracts canonical rows, and keeps the running
/// text with the part and heading it belongs to.
/// </summary>
public static class DisclosureInterpreter
{
    /// <summary>Interprets a laid-out document.</summary>
    public static Disclosure Interpret(LayoutDocument layout)
    {
        var state = new InterpretationState(layout.Path);
        state.Diagnostics.AddRange(layout.Diagnostics);
        var blocks = layout.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case LayoutParagraph p:
                    var next = i + 1 < blocks.Count ? (blocks[i + 1] as LayoutParagraph)?.Text : null;
                    state.Paragraph(p, next, NextTableWithin(blocks, i, 4), i * 16);
                    break;
                case LayoutTable t:
                    var after = i + 1 < blocks.Count ? (blocks[i + 1] as LayoutParagraph)?.Text : null;
                    var pieces = TableSplitter.Split(t);
                    for (var k = 0; k < pieces.Count; k++)
                    {
                        state.Table(pieces[k], k == pieces.Count - 1 ? after : null, (i * 16) + k);
                    }

                    break;
            }
        }

        return state.Finish(layout.Format);
    }

    // A caption is followed by its table within a few lines (label, unit and department lines between).
    private static bool NextTableWithin(IReadOnlyList<LayoutBlock> blocks, int i, int distance)
    {
        for (var j = i + 1; j < blocks.Count && j <= i + distance; j++)
        {
            if (blocks[j] is LayoutTable)
            {
                return true;
            }
        }

        return false;
    }
}
