using System.Text;
using System.Xml;

namespace Juesuan.Documents.Word;

/// <summary>The visible text of a Word paragraph, as Word's own plain-text export gives it.</summary>
internal static class DocxText
{
    /// <summary>Nesting of runs inside hyperlinks, fields, content controls… that is followed.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Reads the w:p at the cursor to its end and concatenates its runs: w:t as is, w:tab and
    /// w:ptab as '\t', w:br and w:cr as '\n', w:noBreakHyphen as '-'. Deleted and moved-away
    /// revisions, field codes, drawings and text boxes (anchored objects, not body text) and
    /// ruby annotations are left out, as are elements of other vocabularies than
    /// WordprocessingML and Office Math, and text outside runs (the SDK kept those as unknown
    /// elements, whose content it never typed as text). The result is not cleaned.
    /// </summary>
    /// <param name="cursor">On the w:p start tag; left on its end.</param>
    /// <param name="list">The paragraph's numbering properties, from its first w:pPr.</param>
    public static string Of(DocxCursor cursor, out DocxListReference list)
    {
        var sb = new StringBuilder();
        list = default;
        var sawProperties = false;
        Append(cursor, sb, 0, inRun: false, ref list, ref sawProperties);
        return sb.ToString();
    }

    /// <param name="cursor">On the element whose children are read.</param>
    /// <param name="sb">The text so far.</param>
    /// <param name="depth">Nesting so far.</param>
    /// <param name="list">Set from the paragraph's first w:pPr.</param>
    /// <param name="sawProperties">True once that w:pPr was read.</param>
    /// <param name="inRun">The cursor is on a run (w:r, m:r): only there are w:t, w:tab… text, as the SDK typed them.</param>
    private static void Append(DocxCursor cursor, StringBuilder sb, int depth, bool inRun, ref DocxListReference list, ref bool sawProperties)
    {
        var reader = cursor.Reader;
        if (reader.IsEmptyElement)
        {
            return;
        }

        var parent = reader.Depth;
        while (cursor.NextChild(parent))
        {
            var ns = reader.NamespaceURI;
            if (!DocxXml.IsWord(ns))
            {
                if (DocxXml.IsMath(ns) && depth < MaxDepth)
                {
                    Append(cursor, sb, depth + 1, reader.LocalName == "r", ref list, ref sawProperties);
                }
                else
                {
                    cursor.Skip(); // mc:AlternateContent among them: drawings and text boxes
                }

                continue;
            }

            switch (reader.LocalName)
            {
                case "t" when inRun:
                    AppendText(cursor, sb);
                    break;
                case "tab" or "ptab" when inRun:
                    sb.Append('\t');
                    cursor.Skip();
                    break;
                case "br" or "cr" when inRun:
                    sb.Append('\n');
                    cursor.Skip();
                    break;
                case "noBreakHyphen" when inRun:
                    sb.Append('-');
                    cursor.Skip();
                    break;
                case "pPr" when depth == 0 && !sawProperties:
                    sawProperties = true;
                    list = ReadList(cursor);
                    break;
                case "r" or "hyperlink" or "ins" or "moveTo" or "fldSimple" or "sdt" or "sdtContent" or "customXml"
                    or "ruby" or "rubyBase" or "dir" or "bdo" when depth < MaxDepth:
                    // Containers of runs. Others (w:del, w:moveFrom, w:drawing, w:pict,
                    // w:object, w:instrText, w:sdtPr, w:rt, w:smartTag …) hold no body text.
                    Append(cursor, sb, depth + 1, reader.LocalName == "r", ref list, ref sawProperties);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }
    }

    /// <summary>The character content of a w:t.</summary>
    private static void AppendText(DocxCursor cursor, StringBuilder sb)
    {
        var reader = cursor.Reader;
        if (reader.IsEmptyElement)
        {
            return;
        }

        var parent = reader.Depth;
        var seen = false;
        while (true)
        {
            cursor.Read();
            if (reader.Depth == parent)
            {
                return;
            }

            switch (reader.NodeType)
            {
                // The SDK kept the first piece of text only (a comment or CDATA section splits it).
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when !seen:
                    seen = true;
                    sb.Append(reader.Value);
                    break;
                case XmlNodeType.Element:
                    cursor.Skip();
                    break;
            }
        }
    }

    /// <summary>w:numPr's w:numId and w:ilvl and w:pStyle of a w:pPr (the first of each, as the SDK found them).</summary>
    private static DocxListReference ReadList(DocxCursor cursor)
    {
        var reader = cursor.Reader;
        if (reader.IsEmptyElement)
        {
            return default;
        }

        int? numId = null, level = null;
        string? style = null;
        bool sawNumPr = false, sawStyle = false;
        var parent = reader.Depth;
        while (cursor.NextChild(parent))
        {
            if (cursor.Is("pStyle") && !sawStyle)
            {
                sawStyle = true;
                style = cursor.Attribute("val");
                cursor.Skip();
            }
            else if (cursor.Is("numPr") && !sawNumPr && !reader.IsEmptyElement)
            {
                sawNumPr = true;
                bool sawNum = false, sawLevel = false;
                var numDepth = reader.Depth;
                while (cursor.NextChild(numDepth))
                {
                    if (cursor.Is("numId") && !sawNum)
                    {
                        sawNum = true;
                        numId = DocxXml.Int(cursor.Attribute("val"));
                    }
                    else if (cursor.Is("ilvl") && !sawLevel)
                    {
                        sawLevel = true;
                        level = DocxXml.Int(cursor.Attribute("val"));
                    }

                    cursor.Skip();
                }
            }
            else
            {
                sawNumPr |= cursor.Is("numPr");
                cursor.Skip();
            }
        }

        return new DocxListReference(numId, level, style);
    }
}
