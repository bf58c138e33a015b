using System.Globalization;
using System.Xml;

namespace Juesuan.Documents.Excel;

/// <summary>A cell style of the written workbooks: font, border, number format and alignment.</summary>
/// <param name="Font">0 宋体 10 pt, 1 the same bold, 2 bold 16 pt (titles).</param>
/// <param name="Bordered">Thin borders all round.</param>
/// <param name="NumberFormat">numFmtId, 0 for General.</param>
/// <param name="Center">Centred horizontally.</param>
/// <param name="Wrap">Wraps text.</param>
/// <param name="Middle">Centred vertically.</param>
internal readonly record struct XlsxStyle(int Font, bool Bordered, int NumberFormat, bool Center, bool Wrap, bool Middle);

/// <summary>Writes xl/styles.xml for the styles a workbook used.</summary>
internal static class XlsxStylesheet
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(XmlWriter w, Dictionary<XlsxStyle, int> styles, Dictionary<string, int> formats)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteStartElement("styleSheet", Main);
        if (formats.Count > 0)
        {
            w.WriteStartElement("numFmts", Main);
            w.WriteAttributeString("count", formats.Count.ToString(inv));
            foreach (var (code, id) in formats)
            {
                w.WriteStartElement("numFmt", Main);
                w.WriteAttributeString("numFmtId", id.ToString(inv));
                w.WriteAttributeString("formatCode", code);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteStartElement("fonts", Main);
        w.WriteAttributeString("count", "3");
        foreach (var (size, bold) in new[] { ("10", false), ("10", true), ("16", true) })
        {
            w.WriteStartElement("font", Main);
            if (bold)
            {
                w.WriteElementString("b", Main, null);
            }

            Val(w, "sz", size);
            Val(w, "name", "宋体");
            Val(w, "charset", "134");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("fills", Main);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            w.WriteStartElement("fill", Main);
            w.WriteStartElement("patternFill", Main);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("borders", Main);
        w.WriteAttributeString("count", "2");
        foreach (var thin in new[] { false, true })
        {
            w.WriteStartElement("border", Main);
            foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
            {
                w.WriteStartElement(side, Main);
                if (thin && side != "diagonal")
                {
                    w.WriteAttributeString("style", "thin");
                    w.WriteStartElement("color", Main);
                    w.WriteAttributeString("indexed", "64");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("xf", Main);
        w.WriteAttributeString("numFmtId", "0");
        w.WriteAttributeString("fontId", "0");
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", Main);
        w.WriteAttributeString("count", styles.Count.ToString(inv));
        foreach (var (style, _) in styles.OrderBy(kv => kv.Value))
        {
            w.WriteStartElement("xf", Main);
            w.WriteAttributeString("numFmtId", style.NumberFormat.ToString(inv));
            w.WriteAttributeString("fontId", style.Font.ToString(inv));
            w.WriteAttributeString("fillId", "0");
            w.WriteAttributeString("borderId", style.Bordered ? "1" : "0");
            w.WriteAttributeString("xfId", "0");
            if (style.NumberFormat != 0)
            {
                w.WriteAttributeString("applyNumberFormat", "1");
            }

            if (style.Center || style.Wrap || style.Middle)
            {
                w.WriteAttributeString("applyAlignment", "1");
                w.WriteStartElement("alignment", Main);
                if (style.Center)
                {
                    w.WriteAttributeString("horizontal", "center");
                }

                if (style.Middle)
                {
                    w.WriteAttributeString("vertical", "center");
                }

                if (style.Wrap)
                {
                    w.WriteAttributeString("wrapText", "1");
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("cellStyles", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", Main);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Val(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, Main);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }
}
