using Juesuan.Documents.Office;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Layout;
using TableKinds = Juesuan.Domain.Tables.TableKinds;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Juesuan.Documents.Word;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a .docx: A4, 宋体, paragraphs as paragraphs, tables
/// with single borders, one w:tc per layout cell (gridSpan for ColumnSpan, vMerge for RowSpan),
/// cell text split on '\n' into paragraphs, numbers right-aligned. Paragraph roles give the
/// official look: parts and tables start new pages, pages holding a wide table turn landscape,
/// "目录" gets a table of contents of the parts and tables, the footer numbers the pages.
/// <see cref="DocxLayoutReader"/> reads it back to the same paragraph texts and cell texts.
/// </summary>
internal static class DocxLayoutWriter
{
    /// <summary>Tables this wide (grid columns) get a landscape page.</summary>
    private const int LandscapeColumns = 7;

    /// <summary>Writes the document to <paramref name="output"/> (left open).</summary>
    public static void Write(LayoutDocument doc, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var footer = DocxStyles.AddPageNumberFooter(main);
            var body = new Body();
            var landscape = false;
            var started = false;
            var lastWasTable = false;
            var blocks = doc.Blocks;
            var bookmarks = new DocxContents(blocks);
            // A layout that marks roles is an official document: its running text gets the body style.
            var official = blocks.Any(b => b is LayoutParagraph { Role: not ParagraphRole.Body });
            for (var i = 0; i < blocks.Count; i++)
            {
                switch (blocks[i])
                {
                    case LayoutParagraph p when !CellText.IsBlank(p.Text):
                        var newPage = started && StartsPage(p.Role);
                        var pageLandscape = p.Role == ParagraphRole.Body ? landscape : IsLandscapePage(blocks, i);
                        if (StartsPage(p.Role) && pageLandscape != landscape)
                        {
                            if (started)
                            {
                                // The paragraph holding w:sectPr ends the section before it.
                                body.Append(new Paragraph(new ParagraphProperties(DocxStyles.Section(landscape, footer))));
                            }

                            landscape = pageLandscape;
                            newPage = false;
                        }

                        var paragraph = Paragraph(p.Text, official && p.Role == ParagraphRole.Body && TableKinds.FromTitle(p.Text) is null ? DocxStyles.BodyText : StyleOf(p), right: false, landscape);
                        if (newPage)
                        {
                            paragraph.ParagraphProperties ??= new ParagraphProperties();
                            paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
                        }

                        bookmarks.Mark(paragraph, p);
                        body.Append(paragraph);
                        if (p.Role == ParagraphRole.Contents)
                        {
                            body.Append(bookmarks.Entries());
                        }

                        started = true;
                        lastWasTable = false;
                        break;
                    case LayoutTable t when t.Rows.Any(r => r.Cells.Count > 0):
                        if (lastWasTable)
                        {
                            // Word joins adjacent tables into one; an empty paragraph keeps them apart.
                            body.Append(new Paragraph());
                        }

                        body.Append(DocxTableWriter.Table(t, DocxStyles.TextWidthOf(landscape)));
                        started = true;
                        lastWasTable = true;
                        break;
                }
            }

            if (lastWasTable)
            {
                body.Append(new Paragraph()); // Word wants a paragraph after a final table
            }

            body.Append(DocxStyles.Section(landscape, footer));
            main.Document = new Document(body);
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static bool StartsPage(ParagraphRole role) =>
        role is ParagraphRole.DocumentTitle or ParagraphRole.Contents or ParagraphRole.PartHeading or ParagraphRole.TableTitle;

    /// <summary>Whether the page that block <paramref name="start"/> opens holds a wide table.</summary>
    private static bool IsLandscapePage(IReadOnlyList<LayoutBlock> blocks, int start)
    {
        for (var i = start; i < blocks.Count; i++)
        {
            if (i > start && blocks[i] is LayoutParagraph { Role: var role } && StartsPage(role))
            {
                return false;
            }

            if (blocks[i] is LayoutTable t && t.Rows.Count > 0 && t.Rows.Max(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))) >= LandscapeColumns)
            {
                return true;
            }
        }

        return false;
    }

    private static string? StyleOf(LayoutParagraph p) => p.Role switch
    {
        ParagraphRole.Body => TableKinds.FromTitle(p.Text) is not null && p.Text.Length <= 40 ? DocxStyles.TableTitle : null,
        ParagraphRole.DocumentTitle => DocxStyles.DocumentTitle,
        ParagraphRole.Cover => DocxStyles.Cover,
        ParagraphRole.Contents => DocxStyles.ContentsTitle,
        ParagraphRole.PartHeading => DocxStyles.PartHeading,
        ParagraphRole.Heading => DocxStyles.Heading,
        ParagraphRole.TableTitle => DocxStyles.TableTitle,
        ParagraphRole.TableLabel => DocxStyles.TableLabel,
        ParagraphRole.TableCaption => DocxStyles.TableCaption,
        ParagraphRole.Note => DocxStyles.Note,
        _ => null,
    };

    /// <summary>A paragraph whose text keeps tabs (w:tab) and line breaks (w:br).</summary>
    internal static Paragraph Paragraph(string text, string? style, bool right, bool landscape = false)
    {
        var paragraph = new Paragraph();
        if (style is not null || right)
        {
            var props = new ParagraphProperties();
            if (style is not null)
            {
                props.Append(new ParagraphStyleId { Val = style });
            }

            if (style == DocxStyles.TableCaption)
            {
                // 部门 on the left, 单位 flush right at the text width of this page.
                props.Append(new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxStyles.TextWidthOf(landscape) }));
            }

            if (right)
            {
                props.Append(new Justification { Val = JustificationValues.Right });
            }

            paragraph.Append(props);
        }

        text = OfficeText.Sanitize(text);
        if (text.Length == 0)
        {
            return paragraph;
        }

        var run = new Run();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n'))
            {
                continue;
            }

            if (i > start)
            {
                run.Append(new WText(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (i < text.Length)
            {
                run.Append(text[i] == '\t' ? new TabChar() : new Break());
            }

            start = i + 1;
        }

        paragraph.Append(run);
        return paragraph;
    }
}
