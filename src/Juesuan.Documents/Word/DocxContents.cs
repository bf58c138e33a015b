using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Layout;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

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
    private int nextId;

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

    /// <summary>Puts the bookmark on a heading paragraph that the contents list.</summary>
    public void Mark(Paragraph paragraph, LayoutParagraph heading)
    {
        foreach (var e in entries)
        {
            if (ReferenceEquals(e.Heading, heading))
            {
                var id = (nextId++).ToString(CultureInfo.InvariantCulture);
                paragraph.InsertAfter(new BookmarkStart { Id = id, Name = e.Bookmark }, paragraph.ParagraphProperties);
                paragraph.Append(new BookmarkEnd { Id = id });
                return;
            }
        }
    }

    /// <summary>The entry paragraphs, the TOC field starting in the first and ending in the last.</summary>
    public IEnumerable<Paragraph> Entries()
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, level, bookmark, page) = entries[i];
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level == 1 ? DocxStyles.Contents1 : DocxStyles.Contents2 }));
            if (i == 0)
            {
                p.Append(FieldStart(" TOC \\o \"1-2\" \\h \\z \\u "));
            }

            p.Append(new Run(new WText(heading.Text.Replace('\t', ' ').Replace('\n', ' ')) { Space = SpaceProcessingModeValues.Preserve }));
            p.Append(new Run(new TabChar()));
            p.Append(FieldStart($" PAGEREF {bookmark} \\h "));
            p.Append(new Run(new WText(page.ToString(CultureInfo.InvariantCulture))));
            p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            if (i == entries.Count - 1)
            {
                p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            yield return p;
        }
    }

    private static IEnumerable<Run> FieldStart(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];
}
