using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Juesuan.Documents.Layout;
using TableKinds = Juesuan.Domain.Tables.TableKinds;

namespace Juesuan.Documents.Word;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a .docx: A4, 宋体, paragraphs as paragraphs, tables
/// with single borders, one w:tc per layout cell (gridSpan for ColumnSpan, vMerge for RowSpan),
/// cell text split on '\n' into paragraphs, numbers right-aligned. Paragraph roles give the
/// official look: parts and tables start new pages, pages holding a wide table turn landscape,
/// "目录" gets a table of contents of the parts and tables, running text is indented, the
/// footer numbers the pages. The styles, fonts and footer parts are built with the OpenXml SDK;
/// the body is streamed (<see cref="DocxBodyXml"/>). <see cref="DocxLayoutReader"/> reads it
/// back to the same paragraph texts and cell texts.
/// </summary>
internal static class DocxLayoutWriter
{
    /// <summary>Tables this wide (grid columns) get a landscape page.</summary>
    private const int LandscapeColumns = 7;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false };

    /// <summary>Writes the document to <paramref name="output"/> (left open).</summary>
    public static void Write(LayoutDocument doc, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var footer = DocxStyles.AddPageNumberFooter(main);
            using var stream = main.GetStream(FileMode.Create);
            using var xml = XmlWriter.Create(stream, Settings);
            WriteBody(doc.Blocks, new DocxBodyXml(xml), footer);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WriteBody(IReadOnlyList<LayoutBlock> blocks, DocxBodyXml x, string footer)
    {
        x.StartDocument();
        var contents = new DocxContents(blocks);
        // A layout that marks roles is an official document: its running text gets the body style.
        var official = blocks.Any(b => b is LayoutParagraph { Role: not ParagraphRole.Body });
        var landscape = false;
        var started = false;
        var lastWasTable = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case LayoutParagraph p when !CellText.IsBlank(p.Text):
                    var newPage = started && StartsPage(p.Role);
                    if (StartsPage(p.Role) && IsLandscapePage(blocks, i) != landscape)
                    {
                        if (started)
                        {
                            x.SectionBreak(landscape, footer);
                        }

                        landscape = !landscape;
                        newPage = false;
                    }

                    var style = official && p.Role == ParagraphRole.Body && TableKinds.FromTitle(p.Text) is null ? DocxStyles.BodyText : StyleOf(p);
                    var format = new ParagraphFormat(
                        style,
                        PageBreakBefore: newPage,
                        RightTab: style == DocxStyles.TableCaption ? DocxStyles.TextWidthOf(landscape) : null,
                        Bookmark: contents.BookmarkOf(p));
                    x.Paragraph(p.Text, format);
                    if (p.Role == ParagraphRole.Contents)
                    {
                        contents.WriteEntries(x);
                    }

                    started = true;
                    lastWasTable = false;
                    break;
                case LayoutTable t when t.Rows.Any(r => r.Cells.Count > 0):
                    if (lastWasTable)
                    {
                        // Word joins adjacent tables into one; an empty paragraph keeps them apart.
                        x.EmptyParagraph();
                    }

                    DocxTableWriter.Write(x, t, DocxStyles.TextWidthOf(landscape));
                    started = true;
                    lastWasTable = true;
                    break;
            }
        }

        if (lastWasTable)
        {
            x.EmptyParagraph(); // Word wants a paragraph after a final table
        }

        x.Section(landscape, footer);
        x.EndDocument();
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
}
