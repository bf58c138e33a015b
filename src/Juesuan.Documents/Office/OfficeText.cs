using System.Text;
using System.Xml;

namespace Juesuan.Documents.Office;

/// <summary>Text as Office XML can hold it.</summary>
internal static class OfficeText
{
    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters, lone surrogates) and turns
    /// "\r\n" and "\r" into "\n": an XML parser would normalise a raw "\r" anyway, so the
    /// writers split lines on "\n" only.
    /// </summary>
    public static string Sanitize(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || !XmlConvert.IsXmlChar(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
        }

        return sb.ToString();
    }
}
