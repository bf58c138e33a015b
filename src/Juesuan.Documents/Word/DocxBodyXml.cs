using System.Globalization;
using System.Xml;
using Juesuan.Documents.Office;

namespace Juesuan.Documents.Word;

/// <summary>
/// Writes WordprocessingML body elements straight to an <see cref="XmlWriter"/>. Building the
/// OpenXml SDK's object tree and serialising it cost about 20 µs a table cell, which made a
/// document with a few hundred rows miss its time budget; streaming costs a fraction of that.
/// </summary>
internal sealed class DocxBodyXml(XmlWriter w)
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void StartDocument()
    {
        w.WriteStartDocument(standalone: true);
        w.WriteStartElement("w", "document", W);
        w.WriteAttributeString("xmlns", "r", null, R);
        w.WriteStartElement("w", "body", W);
    }

    public void EndDocument()
    {
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>Paragraph properties and text of one paragraph; <paramref name="inside"/> writes extra runs (fields) after the text.</summary>
    public void Paragraph(string text, ParagraphFormat format, Action? inside = null)
    {
        w.WriteStartElement("w", "p", W);
        ParagraphProperties(format);
        if (format.Bookmark is { } mark)
        {
            Element("bookmarkStart", ("w:id", mark.Id.ToString(Inv)), ("w:name", mark.Name));
        }

        Runs(OfficeText.Sanitize(text), format.Bold);
        inside?.Invoke();
        if (format.Bookmark is { } end)
        {
            Element("bookmarkEnd", ("w:id", end.Id.ToString(Inv)));
        }

        w.WriteEndElement();
    }

    /// <summary>Runs of text, "\t" as w:tab and "\n" as w:br.</summary>
    public void Runs(string text, bool bold = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        w.WriteStartElement("w", "r", W);
        if (bold)
        {
            w.WriteStartElement("w", "rPr", W);
            Element("b");
            w.WriteEndElement();
        }

        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n'))
            {
                continue;
            }

            if (i > start)
            {
                w.WriteStartElement("w", "t", W);
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(text[start..i]);
                w.WriteEndElement();
            }

            if (i < text.Length)
            {
                Element(text[i] == '\t' ? "tab" : "br");
            }

            start = i + 1;
        }

        w.WriteEndElement();
    }

    /// <summary>A complex field's begin, instruction and separator runs.</summary>
    public void FieldStart(string instruction)
    {
        FieldChar("begin");
        w.WriteStartElement("w", "r", W);
        w.WriteStartElement("w", "instrText", W);
        w.WriteAttributeString("xml", "space", null, "preserve");
        w.WriteString(instruction);
        w.WriteEndElement();
        w.WriteEndElement();
        FieldChar("separate");
    }

    public void FieldChar(string type)
    {
        w.WriteStartElement("w", "r", W);
        Element("fldChar", ("w:fldCharType", type));
        w.WriteEndElement();
    }

    /// <summary>An A4 section, portrait or landscape, with 2 cm margins and the footer when given.</summary>
    public void Section(bool landscape, string? footer)
    {
        w.WriteStartElement("w", "sectPr", W);
        if (footer is not null)
        {
            w.WriteStartElement("w", "footerReference", W);
            w.WriteAttributeString("w", "type", W, "default");
            w.WriteAttributeString("r", "id", R, footer);
            w.WriteEndElement();
        }

        var (width, height) = landscape ? (16838, 11906) : (11906, 16838);
        Element("pgSz", ("w:w", width.ToString(Inv)), ("w:h", height.ToString(Inv)), ("w:orient", landscape ? "landscape" : "portrait"));
        var m = DocxStyles.MarginTwips.ToString(Inv);
        Element("pgMar", ("w:top", m), ("w:right", m), ("w:bottom", m), ("w:left", m), ("w:header", "567"), ("w:footer", "567"), ("w:gutter", "0"));
        w.WriteEndElement();
    }

    /// <summary>An empty paragraph holding a section break (ends the section before it).</summary>
    public void SectionBreak(bool landscape, string? footer)
    {
        w.WriteStartElement("w", "p", W);
        w.WriteStartElement("w", "pPr", W);
        Section(landscape, footer);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public void EmptyParagraph()
    {
        w.WriteStartElement("w", "p", W);
        w.WriteEndElement();
    }

    public void Start(string name) => w.WriteStartElement("w", name, W);

    public void End() => w.WriteEndElement();

    /// <summary>An empty w:NAME element with w: attributes.</summary>
    public void Element(string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement("w", name, W);
        foreach (var (n, v) in attributes)
        {
            w.WriteAttributeString("w", n[2..], W, v);
        }

        w.WriteEndElement();
    }

    private void ParagraphProperties(ParagraphFormat f)
    {
        if (f.Style is null && !f.Right && !f.Center && !f.PageBreakBefore && f.RightTab is null)
        {
            return;
        }

        w.WriteStartElement("w", "pPr", W);
        if (f.Style is not null)
        {
            Element("pStyle", ("w:val", f.Style));
        }

        if (f.PageBreakBefore)
        {
            Element("pageBreakBefore");
        }

        if (f.RightTab is { } tab)
        {
            w.WriteStartElement("w", "tabs", W);
            Element("tab", ("w:val", "right"), ("w:pos", tab.ToString(Inv)));
            w.WriteEndElement();
        }

        if (f.Right || f.Center)
        {
            Element("jc", ("w:val", f.Right ? "right" : "center"));
        }

        w.WriteEndElement();
    }
}

/// <summary>How one paragraph is formatted.</summary>
internal readonly record struct ParagraphFormat(
    string? Style = null,
    bool Right = false,
    bool Center = false,
    bool Bold = false,
    bool PageBreakBefore = false,
    int? RightTab = null,
    (int Id, string Name)? Bookmark = null);
