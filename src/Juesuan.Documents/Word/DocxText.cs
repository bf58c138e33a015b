using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Juesuan.Documents.Word;

/// <summary>The visible text of a Word paragraph, as Word's own plain-text export gives it.</summary>
internal static class DocxText
{
    /// <summary>Nesting of runs inside hyperlinks, fields, content controls… that is followed.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Concatenates the paragraph's runs: w:t as is, w:tab and w:ptab as '\t', w:br and w:cr as
    /// '\n', w:noBreakHyphen as '-'. Deleted and moved-away revisions, field codes, drawings and
    /// text boxes (anchored objects, not body text) and ruby annotations are left out.
    /// The result is not cleaned.
    /// </summary>
    public static string Of(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb, 0);
        return sb.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder sb, int depth)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WText t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or Drawing or Picture
                    or EmbeddedObject or AlternateContent or FieldCode or SdtProperties or SdtEndCharProperties
                    or RubyContent or RubyProperties:
                    break;
                case OpenXmlCompositeElement when depth < MaxDepth:
                    Append(child, sb, depth + 1);
                    break;
            }
        }
    }
}
