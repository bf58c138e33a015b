using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Writes an .xlsx package straight as SpreadsheetML: worksheets, shared strings, a small
/// stylesheet built from the cell styles used. ClosedXML took 50–100 ms for a document with a
/// dozen sheets (styling and merging cell by cell); streaming takes a few milliseconds.
/// </summary>
internal sealed class XlsxPackageWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly List<(string Name, byte[] Xml)> sheets = [];
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);
    private readonly List<string> stringList = [];
    private readonly Dictionary<XlsxStyle, int> styles = new() { [default] = 0 };
    private readonly Dictionary<string, int> formats = new(StringComparer.Ordinal);

    /// <summary>The index of a shared string.</summary>
    public int String(string text)
    {
        if (!strings.TryGetValue(text, out var i))
        {
            i = stringList.Count;
            strings[text] = i;
            stringList.Add(text);
        }

        return i;
    }

    /// <summary>The cellXfs index of a style.</summary>
    public int Style(XlsxStyle style)
    {
        if (!styles.TryGetValue(style, out var i))
        {
            i = styles.Count;
            styles[style] = i;
        }

        return i;
    }

    /// <summary>
    /// The numFmtId of a format string. Every format is declared in the file, even those Excel
    /// has built in ("0.00" is id 2), so that readers which look at format codes see them.
    /// </summary>
    public int Format(string format) => formats.TryGetValue(format, out var id) ? id : formats[format] = 164 + formats.Count;

    /// <summary>Adds a worksheet whose body <paramref name="write"/> produces (inside w:worksheet).</summary>
    public void AddSheet(string name, Action<XmlWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            w.WriteStartDocument(standalone: true);
            w.WriteStartElement("worksheet", Main);
            w.WriteAttributeString("xmlns", "r", null, Rel);
            write(w);
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        sheets.Add((name, ms.ToArray()));
    }

    /// <summary>Writes the package to <paramref name="output"/>.</summary>
    public void Save(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(w, "xml", "application/xml");
            Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            Override(w, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
            for (var i = 1; i <= sheets.Count; i++)
            {
                Override(w, string.Create(Inv, $"/xl/worksheets/sheet{i}.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            w.WriteEndElement();
        });
        Entry(zip, "_rels/.rels", w => Relationships(w, [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")]));
        Entry(zip, "xl/workbook.xml", Workbook);
        var rels = sheets.Select((_, i) => (string.Create(Inv, $"rId{i + 1}"), Rel + "/worksheet", string.Create(Inv, $"worksheets/sheet{i + 1}.xml"))).ToList();
        rels.Add((string.Create(Inv, $"rId{sheets.Count + 1}"), Rel + "/styles", "styles.xml"));
        rels.Add((string.Create(Inv, $"rId{sheets.Count + 2}"), Rel + "/sharedStrings", "sharedStrings.xml"));
        Entry(zip, "xl/_rels/workbook.xml.rels", w => Relationships(w, rels));
        for (var i = 0; i < sheets.Count; i++)
        {
            using var s = zip.CreateEntry(string.Create(Inv, $"xl/worksheets/sheet{i + 1}.xml"), CompressionLevel.Fastest).Open();
            s.Write(sheets[i].Xml);
        }

        Entry(zip, "xl/sharedStrings.xml", SharedStrings);
        Entry(zip, "xl/styles.xml", w => XlsxStylesheet.Write(w, styles, formats));
    }

    private void Workbook(XmlWriter w)
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, Rel);
        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(Inv));
            w.WriteAttributeString("r", "id", Rel, string.Create(Inv, $"rId{i + 1}"));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private void SharedStrings(XmlWriter w)
    {
        w.WriteStartElement("sst", Main);
        w.WriteAttributeString("count", stringList.Count.ToString(Inv));
        w.WriteAttributeString("uniqueCount", stringList.Count.ToString(Inv));
        foreach (var s in stringList)
        {
            w.WriteStartElement("si", Main);
            w.WriteStartElement("t", Main);
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n', StringComparison.Ordinal)))
            {
                w.WriteAttributeString("xml", "space", null, "preserve");
            }

            w.WriteString(s);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Relationships(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> rels)
    {
        w.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
        foreach (var (id, type, target) in rels)
        {
            w.WriteStartElement("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships");
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var w = XmlWriter.Create(s, Settings);
        w.WriteStartDocument(standalone: true);
        write(w);
        w.WriteEndDocument();
    }
}
