using System.Text.RegularExpressions;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Writing.Official;

/// <summary>
/// Lays a disclosure out in the official form: the cover title, 目录, parts on new pages,
/// headings, and the tables in the national layout (<see cref="OfficialTableLayouts"/>).
/// Paragraph roles are read off the text the way a reader of the document would: 第N部分 is a
/// part, "一、…" without a full stop a heading, a short first line naming the 决算 the title.
/// </summary>
public static partial class OfficialLayoutWriter
{
    /// <summary>Lays out the whole disclosure in document order.</summary>
    public static LayoutDocument Write(Disclosure d, string path = "")
    {
        var first = d.Narrative.Count > 0 ? d.Narrative.Min(n => n.Order) : -1;
        // A contents list typed into the text repeats the headings: its lines stay plain
        // paragraphs, and no second, generated list is made.
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in d.Narrative)
        {
            last[n.Text.Trim()] = Math.Max(n.Order, last.GetValueOrDefault(n.Text.Trim(), int.MinValue));
        }

        var typedContents = d.Narrative.Any(n => PartHeading().IsMatch(n.Text.Trim()) && last[n.Text.Trim()] != n.Order);
        return DisclosureLayoutWriter.Write(d, path, OfficialTableLayouts.Write, n =>
        {
            var role = RoleOf(n, n.Order == first);
            if (role is ParagraphRole.PartHeading or ParagraphRole.Heading && last[n.Text.Trim()] != n.Order)
            {
                role = ParagraphRole.Body;
            }
            else if (role == ParagraphRole.Contents && typedContents)
            {
                role = ParagraphRole.Heading;
            }

            return new LayoutParagraph(n.Text, new Domain.Diagnostics.SourceLocation()) { Role = role };
        }, Evaluation);
    }

    /// <summary>A self-evaluation table: its title as a table title, every row drawn to the table's full width.</summary>
    private static IEnumerable<LayoutBlock> Evaluation(Domain.Evaluations.Evaluation e) =>
        EvaluationLayouts.Write(e).Select(b => b switch
        {
            LayoutParagraph p => p with { Role = ParagraphRole.TableTitle },
            LayoutTable t => FillWidth(t),
            _ => b,
        });

    /// <summary>Widens the last cell of each short row so that every row reaches the table's width.</summary>
    internal static LayoutTable FillWidth(LayoutTable t)
    {
        var width = t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan)));
        return t with
        {
            Rows = t.Rows.Select(r =>
            {
                var used = r.Cells.Sum(c => Math.Max(1, c.ColumnSpan));
                return used >= width || r.Cells.Count == 0
                    ? r
                    : r with { Cells = [.. r.Cells.Take(r.Cells.Count - 1), r.Cells[^1] with { ColumnSpan = Math.Max(1, r.Cells[^1].ColumnSpan) + width - used }] };
            }).ToList(),
        };
    }

    /// <summary>The role a paragraph plays, judged from its text.</summary>
    internal static ParagraphRole RoleOf(NarrativeParagraph n, bool isFirst)
    {
        var text = n.Text.Trim();
        if (isFirst && text.Length <= 40 && text.Contains("决算", StringComparison.Ordinal) && !text.Contains('。', StringComparison.Ordinal))
        {
            return ParagraphRole.DocumentTitle;
        }

        if (text is "目录" or "目  录" or "目 录")
        {
            return ParagraphRole.Contents;
        }

        if (PartHeading().IsMatch(text))
        {
            return ParagraphRole.PartHeading;
        }

        if (text.StartsWith("注", StringComparison.Ordinal) || text.StartsWith("说明：本表", StringComparison.Ordinal))
        {
            return ParagraphRole.Note;
        }

        return text.Length <= 40 && Heading().IsMatch(text) && !text.EndsWith('。') ? ParagraphRole.Heading : ParagraphRole.Body;
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")]
    private static partial Regex Heading();
}
