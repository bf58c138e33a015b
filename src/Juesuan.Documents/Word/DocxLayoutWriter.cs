using Juesuan.Documents.Office;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Layout;
using TableKinds = Juesuan.Domain.Tables.TableKinds;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Juesuan.Documents.Word;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a plain .docx: A4 portrait, 宋体, paragraphs as
/// paragraphs, tables with single borders, one w:tc per layout cell (gridSpan for ColumnSpan),
/// cell text split on '\n' into paragraphs, numbers right-aligned. <see cref="DocxLayoutReader"/>
/// reads it back to the same paragraph texts and cell texts.
/// </summary>
internal static class DocxLayoutWriter
{
    /// <summary>Writes the document to <paramref name="output"/> (left open).</summary>
    public static void Write(LayoutDocument doc, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var body = new Body();
            var lastWasTable = false;
            foreach (var block in doc.Blocks)
            {
                switch (block)
                {
                    case LayoutParagraph p when !CellText.IsBlank(p.Text):
                        var style = TableKinds.FromTitle(p.Text) is not null && p.Text.Length <= 40 ? DocxStyles.TableTitle : null;
                        body.Append(Paragraph(p.Text, style, right: false));
                        lastWasTable = false;
                        break;
                    case LayoutTable t when t.Rows.Any(r => r.Cells.Count > 0):
                        if (lastWasTable)
                        {
                            // Word joins adjacent tables into one; an empty paragraph keeps them apart.
                            body.Append(new Paragraph());
                        }

                        body.Append(DocxTableWriter.Table(t));
                        lastWasTable = true;
                        break;
                }
            }

            if (lastWasTable)
            {
                body.Append(new Paragraph()); // Word wants a paragraph after a final table
            }

            body.Append(DocxStyles.A4Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>A paragraph whose text keeps tabs (w:tab) and line breaks (w:br).</summary>
    internal static Paragraph Paragraph(string text, string? style, bool right)
    {
        var paragraph = new Paragraph();
        if (style is not null || right)
        {
            var props = new ParagraphProperties();
            if (style is not null)
            {
                props.Append(new ParagraphStyleId { Val = style });
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
