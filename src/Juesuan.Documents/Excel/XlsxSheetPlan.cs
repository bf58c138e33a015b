using Juesuan.Documents.Layout;
using TableKinds = Juesuan.Domain.Tables.TableKinds;

namespace Juesuan.Documents.Excel;

/// <summary>
/// What goes on one sheet of a written workbook: a table with the caption paragraphs printed
/// just above it (title, "公开01表", "单位：万元") and its notes below, or a run of running text
/// for a "说明" sheet.
/// </summary>
/// <param name="Captions">Paragraphs above the table, or the running text.</param>
/// <param name="Table">The table; null for a running-text sheet.</param>
internal sealed record XlsxSheetPlan(IReadOnlyList<string> Captions, LayoutTable? Table)
{
    /// <summary>Notes printed right under the table (注：…, 说明：本表无数据), kept on its sheet.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Captions taken at most per table.</summary>
    private const int MaxCaptions = 6;

    /// <summary>Longest paragraph still taken as a caption.</summary>
    private const int MaxCaptionLength = 60;

    /// <summary>The title to name the sheet after: a recognised table title, else the first caption.</summary>
    public string? Title => Captions.FirstOrDefault(c => TableKinds.FromTitle(c) is not null) ?? Captions.FirstOrDefault();

    /// <summary>
    /// Splits the blocks into sheets in document order. The short paragraphs right before a
    /// table are its captions; other paragraphs (sentences, notes) form running-text sheets.
    /// </summary>
    public static List<XlsxSheetPlan> Plan(IEnumerable<LayoutBlock> blocks)
    {
        var plans = new List<XlsxSheetPlan>();
        var pending = new List<string>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph p when !CellText.IsBlank(p.Text):
                    if (pending.Count == 0 && plans.Count > 0 && plans[^1].Table is not null && IsNote(p.Text))
                    {
                        plans[^1].Notes.Add(p.Text);
                    }
                    else
                    {
                        pending.Add(p.Text);
                    }

                    break;
                case LayoutTable t when t.Rows.Any(r => r.Cells.Count > 0):
                    var split = pending.Count;
                    while (split > 0 && pending.Count - split < MaxCaptions && IsCaption(pending[split - 1]))
                    {
                        split--;
                    }

                    if (split > 0)
                    {
                        plans.Add(new XlsxSheetPlan(pending.GetRange(0, split), null));
                    }

                    plans.Add(new XlsxSheetPlan(pending.GetRange(split, pending.Count - split), t));
                    pending.Clear();
                    break;
            }
        }

        if (pending.Count > 0)
        {
            plans.Add(new XlsxSheetPlan(pending.ToList(), null));
        }

        return plans;
    }

    private static bool IsNote(string text) =>
        text.Length <= 300 && (text.StartsWith("注", StringComparison.Ordinal) || text.StartsWith("说明：", StringComparison.Ordinal));

    private static bool IsCaption(string text) =>
        text.Length <= MaxCaptionLength
        && !text.Contains('\n', StringComparison.Ordinal)
        && !text.StartsWith("注", StringComparison.Ordinal)
        && !text.EndsWith('。')
        && !text.EndsWith('；');
}
