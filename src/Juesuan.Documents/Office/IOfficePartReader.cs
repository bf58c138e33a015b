using System.IO.Compression;
using System.Xml;

namespace Juesuan.Documents.Office;

/// <summary>
/// A parser that reads one XML part during <see cref="OfficeContainer.Check"/>'s safety scan,
/// so that the part is decompressed and parsed once instead of once for the scan and again
/// for the parser.
/// </summary>
internal interface IOfficePartReader
{
    /// <summary>
    /// Called once the zip is open, before the scan. Returns the entry name (as in the zip) of
    /// the part to read, or null for none. Must not throw: the scan reports damage.
    /// </summary>
    string? Prepare(ZipArchive zip);

    /// <summary>
    /// Reads the part to its end through <paramref name="reader"/> (created with the scan's
    /// settings, under the scan's byte budget). Returns false when the nesting is deeper than
    /// <see cref="OfficeContainer.MaxDepth"/>; may throw <see cref="XmlException"/>.
    /// </summary>
    bool Read(XmlReader reader);
}
