using System.Globalization;
using System.Xml.Linq;

namespace Juesuan.Documents.Word;

/// <summary>Names and value parsing shared by the parts of the .docx reader.</summary>
internal static class DocxXml
{
    /// <summary>WordprocessingML, transitional.</summary>
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>WordprocessingML in Strict Open XML, which the SDK read as transitional.</summary>
    public const string StrictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>Office Math: its runs may hold w:t.</summary>
    public const string MathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>Office Math in Strict Open XML.</summary>
    public const string StrictMathNamespace = "http://purl.oclc.org/ooxml/officeDocument/math";

    /// <summary>The transitional namespace, for XElement names.</summary>
    public static readonly XNamespace W = WordNamespace;

    /// <summary>True for the WordprocessingML namespace in either flavour.</summary>
    public static bool IsWord(string ns) => ns == WordNamespace || ns == StrictWordNamespace;

    /// <summary>True for the Office Math namespace in either flavour.</summary>
    public static bool IsMath(string ns) => ns == MathNamespace || ns == StrictMathNamespace;

    /// <summary>An xsd:int as the SDK's Int32Value parses it (XmlConvert.ToInt32); null when absent or invalid.</summary>
    public static int? Int(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
}
