using System.Globalization;
using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Word;

/// <summary>
/// The table of contents under a "目录" paragraph: a Word TOC field whose shown result lists the
/// parts (level 1) and tables (level 2), each with a PAGEREF to a bookmark on its heading, so
/// that Word and LibreOffice print the real page numbers. The numbers stored in the file are an
/// estimate (one page per part or table, more for long tables) until either program lays it out.
/// </summary>
internal sealed class DocxContents
{
    /// <summary>Table rows that fit on one page, for the estimate.</summary>
    private const int RowsPerPage = 28;

    private readonly List<(LayoutParagraph Heading, int Level, string Bookmark, int Page)> entries = [];

    /// <summary>Collects the headings of <paramref name="blocks"/> when the document has a "目录" paragraph.</summary>
    public DocxContents(IReadOnlyList<LayoutBlock> blocks)
    {
        if (!blocks.Any(b => b is LayoutParagraph { Role: ParagraphRole.Contents }))
        {
            return;
        }

        var page = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph { Role: ParagraphRole.DocumentTitle or ParagraphRole.Contents or ParagraphRole.PartHeading or ParagraphRole.TableTitle } p:
                    page++;
                    if (p.Role is ParagraphRole.PartHeading or ParagraphRole.TableTitle)
                    {
                        entries.Add((p, p.Role == ParagraphRole.PartHeading ? 1 : 2, string.Create(CultureInfo.InvariantCulture, $"_Toc{entries.Count + 1:D4}"), page));
                    }

                    break;
                case LayoutTable t:
                    page += t.Rows.Count / RowsPerPage;
                    break;
            }
        }
    }

    /// <summary>The bookmark to put on a heading the contents list, if it is one.</summary>
    public (int Id, string Name)? BookmarkOf(LayoutParagraph heading)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (ReferenceEquals(entries[i].Heading, heading))
            {
                return (i, entries[i].Bookmark);
            }
        }

        return null;
    }

    /// <summary>The entry paragraphs, the TOC field starting in the first and ending in the last.</summary>
    public void WriteEntries(DocxBodyXml x)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, level, bookmark, page) = entries[i];
            var first = i == 0;
            var last = i == entries.Count - 1;
            x.Paragraph(string.Empty, new ParagraphFormat(level == 1 ? DocxStyles.Contents1 : DocxStyles.Contents2), () =>
            {
                if (first)
                {
                    x.FieldStart(" TOC \\o \"1-2\" \\h \\z \\u ");
                }

                x.Runs(heading.Text.Replace('\t', ' ').Replace('\n', ' ') + "\t");
                x.FieldStart($" PAGEREF {bookmark} \\h ");
                x.Runs(page.ToString(CultureInfo.InvariantCulture));
                x.FieldChar("end");
                if (last)
                {
                    x.FieldChar("end");
                }
            });
        }
    }
}
