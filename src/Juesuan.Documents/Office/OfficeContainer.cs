using System.IO.Compression;
using System.Text;
using System.Xml;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Office;

/// <summary>
/// Checks made on an Office Open XML file (.docx, .xlsx) before a parser sees it. The parsers
/// (OpenXml SDK, ClosedXML) build whole parts in memory and recurse on nesting, so a small
/// zip bomb or a deeply nested part would exhaust memory or the stack; here every part is
/// decompressed once under a byte budget and streamed through an XmlReader with a depth cap.
/// </summary>
internal static class OfficeContainer
{
    /// <summary>Largest input accepted at all.</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>Decompressed XML, all parts together.</summary>
    public const long MaxXmlBytes = 64L << 20;

    /// <summary>Decompressed bytes of all parts, media included, when the parser loads media.</summary>
    public const long MaxTotalBytes = 256L << 20;

    /// <summary>Entries in the zip; real documents have dozens.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Element nesting in any XML part; real documents stay far below.</summary>
    public const int MaxDepth = 256;

    private static readonly byte[] CompoundSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Copies the input into memory (the parsers need a seekable stream). Null with a
    /// diagnostic when the stream fails or is too large.
    /// </summary>
    public static MemoryStream? Buffer(string path, Stream input, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            if (input.CanSeek && input.Length - input.Position > MaxFileBytes)
            {
                problem = DiagnosticCodes.TooLarge(path, input.Length - input.Position, MaxFileBytes);
                return null;
            }

            var buffer = new MemoryStream();
            var limited = new BoundedReadStream(input, MaxFileBytes);
            limited.CopyTo(buffer);
            if (limited.Exceeded)
            {
                problem = DiagnosticCodes.TooLarge(path, limited.BytesRead, MaxFileBytes);
                buffer.Dispose();
                return null;
            }

            buffer.Position = 0;
            return buffer;
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            problem = DiagnosticCodes.Unreadable(path, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Null when the bytes are a zip package that is safe to hand to the parser; otherwise the
    /// diagnostic to report: Encrypted for an encrypted OOXML package (a compound file holding
    /// "EncryptedPackage"), UnknownFormat for other compound files (legacy .doc/.xls), Corrupt
    /// for anything else that is not a sound zip, TooLarge when decompression exceeds the budget.
    /// </summary>
    /// <param name="path">The input path, for the diagnostic.</param>
    /// <param name="bytes">The whole file.</param>
    /// <param name="formatName">"Word" or "Excel", for the Corrupt message.</param>
    /// <param name="countMedia">Also decompress non-XML parts, for parsers that load them.</param>
    /// <param name="partReader">Reads one part in place of the plain scan of it, or null.</param>
    public static Diagnostic? Check(string path, MemoryStream bytes, string formatName, bool countMedia, IOfficePartReader? partReader = null)
    {
        ReadOnlySpan<byte> span = bytes.TryGetBuffer(out var segment) ? segment.AsSpan() : bytes.ToArray();
        if (span.StartsWith(CompoundSignature))
        {
            // Directory entry names in a compound file are UTF-16LE.
            return span.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? DiagnosticCodes.Encrypted(path)
                : DiagnosticCodes.UnknownFormat(path);
        }

        if (span.Length < 4 || span[0] != (byte)'P' || span[1] != (byte)'K')
        {
            return DiagnosticCodes.Corrupt(path, formatName);
        }

        try
        {
            return ScanZip(path, bytes, formatName, countMedia, partReader);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return DiagnosticCodes.Corrupt(path, formatName);
        }
        finally
        {
            bytes.Position = 0;
        }
    }

    private static Diagnostic? ScanZip(string path, MemoryStream bytes, string formatName, bool countMedia, IOfficePartReader? partReader)
    {
        bytes.Position = 0;
        using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries)
        {
            return DiagnosticCodes.Corrupt(path, formatName);
        }

        var handOver = partReader?.Prepare(zip);

        long xmlBytes = 0, totalBytes = 0;
        foreach (var entry in zip.Entries)
        {
            var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            if (!isXml && !countMedia)
            {
                continue;
            }

            var budget = Math.Min(MaxTotalBytes - totalBytes, isXml ? MaxXmlBytes - xmlBytes : long.MaxValue);
            using var raw = entry.Open();
            var counted = new BoundedReadStream(raw, budget);
            var tooDeep = false;
            try
            {
                if (isXml && handOver is not null && string.Equals(entry.FullName, handOver, StringComparison.Ordinal))
                {
                    handOver = null; // a duplicate entry name is only scanned
                    using var reader = XmlReader.Create(counted, XmlSettings);
                    tooDeep = !partReader!.Read(reader);
                }
                else if (isXml)
                {
                    tooDeep = !ScanXml(counted);
                }
                else
                {
                    counted.CopyTo(Stream.Null);
                }
            }
            catch (XmlException) when (counted.Exceeded)
            {
                // the XML was cut off by the budget: reported as too large below
            }

            if (counted.Exceeded)
            {
                return DiagnosticCodes.TooLarge(path, totalBytes + counted.BytesRead, isXml ? MaxXmlBytes : MaxTotalBytes);
            }

            if (tooDeep)
            {
                // no editor nests this deep: a crafted or damaged file
                return DiagnosticCodes.Corrupt(path, formatName);
            }

            totalBytes += counted.BytesRead;
            xmlBytes += isXml ? counted.BytesRead : 0;
        }

        return null;
    }

    /// <summary>Settings of every XML read: no DTDs or external entities; whitespace-only text dropped, as the OpenXml SDK drops it.</summary>
    public static XmlReaderSettings XmlSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    /// <summary>
    /// A small part's bytes (relationships, content types, numbering, styles), decompressed on
    /// their own before the scan; null when missing, over <paramref name="limit"/>, too deeply
    /// nested or not well-formed. The scan still checks the part in its turn.
    /// </summary>
    public static byte[]? ReadSmallPart(ZipArchiveEntry? entry, long limit)
    {
        if (entry is null || entry.Length > limit)
        {
            return null;
        }

        try
        {
            using var raw = entry.Open();
            var counted = new BoundedReadStream(raw, limit);
            using var buffer = new MemoryStream();
            counted.CopyTo(buffer);
            if (counted.Exceeded)
            {
                return null;
            }

            var bytes = buffer.ToArray();
            return ScanXml(new MemoryStream(bytes)) ? bytes : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>False when the nesting is deeper than <see cref="MaxDepth"/>.</summary>
    private static bool ScanXml(Stream stream)
    {
        using var reader = XmlReader.Create(stream, XmlSettings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                return false;
            }
        }

        return true;
    }
}
