using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Juesuan.Documents.Office;

namespace Juesuan.Documents.Word;

/// <summary>
/// The Word package as the OpenXml SDK opened it: the main document part found through the
/// package relationships, with a Word content type, and its numbering and style parts. The
/// main part itself is walked during the container's safety scan (see <see cref="IOfficePartReader"/>).
/// </summary>
internal sealed class DocxPackage(string path, int maxItems) : IOfficePartReader
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly HashSet<string> MainContentTypes = new(StringComparer.Ordinal)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    /// <summary>The walker of the main part; null when the package has no valid main part.</summary>
    public DocxBodyWalker? Walker { get; private set; }

    /// <summary>True once the main part was read to its end.</summary>
    public bool MainRead { get; private set; }

    /// <inheritdoc/>
    public string? Prepare(ZipArchive zip)
    {
        // Part names are case-insensitive in a package; zip entry names are not.
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName, entry);
        }

        var types = Load(entries, "[Content_Types].xml");
        var main = types is null ? null : Target(Load(entries, "_rels/.rels"), "/", "officeDocument");
        if (main is null || !entries.TryGetValue(main.TrimStart('/'), out var mainEntry) || !MainContentTypes.Contains(ContentType(types!, main) ?? string.Empty))
        {
            return null;
        }

        Walker = new DocxBodyWalker(path, maxItems, Numbering(entries, main));
        return mainEntry.FullName;
    }

    /// <inheritdoc/>
    public bool Read(XmlReader reader)
    {
        try
        {
            Walker!.Walk(new DocxCursor(reader));
            MainRead = true;
            return true;
        }
        catch (DocxCursor.TooDeepException)
        {
            return false;
        }
    }

    /// <summary>List numbering, or none when its parts are missing or damaged: the text is still worth reading.</summary>
    private static DocxNumbering? Numbering(Dictionary<string, ZipArchiveEntry> entries, string main)
    {
        var slash = main.LastIndexOf('/');
        var rels = Load(entries, $"{main[1..(slash + 1)]}_rels/{main[(slash + 1)..]}.rels");
        var numbering = Target(rels, main, "numbering");
        if (numbering is null)
        {
            return null;
        }

        var styles = Target(rels, main, "styles");
        try
        {
            return DocxNumbering.Load(Load(entries, numbering.TrimStart('/')), styles is null ? null : Load(entries, styles.TrimStart('/')));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>A small part's root element; null when missing or damaged.</summary>
    private static XElement? Load(Dictionary<string, ZipArchiveEntry> entries, string name)
    {
        entries.TryGetValue(name, out var entry);
        if (OfficeContainer.ReadSmallPart(entry, OfficeContainer.MaxXmlBytes) is not { } bytes)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), OfficeContainer.XmlSettings);
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The part name ("/word/document.xml") of the first internal relationship of a type, resolved against its source.</summary>
    private static string? Target(XElement? rels, string source, string type)
    {
        foreach (var rel in rels?.Elements(RelationshipsNs + "Relationship") ?? [])
        {
            var t = (string?)rel.Attribute("Type");
            if ((t == Relationships + type || t == StrictRelationships + type)
                && !string.Equals((string?)rel.Attribute("TargetMode"), "External", StringComparison.Ordinal)
                && (string?)rel.Attribute("Target") is { Length: > 0 } target)
            {
                try
                {
                    return Uri.UnescapeDataString(new Uri(new Uri("pack://p" + source), target).AbsolutePath);
                }
                catch (UriFormatException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>The content type of a part: its Override, else the Default for its extension.</summary>
    private static string? ContentType(XElement types, string part)
    {
        foreach (var o in types.Elements(ContentTypesNs + "Override"))
        {
            if (string.Equals((string?)o.Attribute("PartName"), part, StringComparison.OrdinalIgnoreCase))
            {
                return (string?)o.Attribute("ContentType");
            }
        }

        var extension = Path.GetExtension(part).TrimStart('.');
        foreach (var d in types.Elements(ContentTypesNs + "Default"))
        {
            if (string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            {
                return (string?)d.Attribute("ContentType");
            }
        }

        return null;
    }
}
