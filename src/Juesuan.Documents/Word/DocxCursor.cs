using System.Xml;
using Juesuan.Documents.Office;

namespace Juesuan.Documents.Word;

/// <summary>
/// Forward-only walking of an XML part element by element, with the container's depth cap
/// checked on every node: the part is parsed once, and this read is also its safety scan.
/// </summary>
internal sealed class DocxCursor(XmlReader reader)
{
    /// <summary>The reader, positioned on the current node.</summary>
    public XmlReader Reader => reader;

    /// <summary>True when the current element is in the WordprocessingML namespace and has this local name.</summary>
    public bool Is(string localName) => reader.LocalName == localName && DocxXml.IsWord(reader.NamespaceURI);

    /// <summary>Moves to the next node; throws at the end of the part or past the depth cap.</summary>
    public void Read()
    {
        if (!reader.Read())
        {
            throw new XmlException("unexpected end of the part");
        }

        if (reader.Depth > OfficeContainer.MaxDepth)
        {
            throw new TooDeepException();
        }
    }

    /// <summary>Reads to the end of the part, checking the depth cap.</summary>
    public void ReadToEnd()
    {
        while (reader.Read())
        {
            if (reader.Depth > OfficeContainer.MaxDepth)
            {
                throw new TooDeepException();
            }
        }
    }

    /// <summary>
    /// With the reader on a child of the element at <paramref name="parentDepth"/> (or on that
    /// element), moves to the next child element; false at the parent's end. Callers consume
    /// each child whole (see <see cref="Skip"/>), so every element met here is a child.
    /// </summary>
    public bool NextChild(int parentDepth)
    {
        while (true)
        {
            Read();
            if (reader.Depth == parentDepth)
            {
                return false;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }
    }

    /// <summary>Moves to the end of the current element without looking at its content.</summary>
    public void Skip()
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        do
        {
            Read();
        }
        while (reader.Depth != depth);
    }

    /// <summary>The current element's attribute in the WordprocessingML namespace.</summary>
    public string? Attribute(string localName) =>
        reader.GetAttribute(localName, DocxXml.WordNamespace) ?? reader.GetAttribute(localName, DocxXml.StrictWordNamespace);

    /// <summary>Thrown when the part nests deeper than <see cref="OfficeContainer.MaxDepth"/>.</summary>
    public sealed class TooDeepException : Exception
    {
    }
}
