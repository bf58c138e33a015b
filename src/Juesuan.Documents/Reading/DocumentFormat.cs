namespace Juesuan.Documents.Reading;

/// <summary>The input formats Juesuan reads.</summary>
public enum InputFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>Plain text (a Word file's text, or page texts).</summary>
    Text,

    /// <summary>Word .docx.</summary>
    Docx,

    /// <summary>Excel .xlsx.</summary>
    Xlsx,

    /// <summary>PDF with a text layer.</summary>
    Pdf,
}

/// <summary>Detects the format from the file's first bytes, then its extension.</summary>
public static class InputFormats
{
    /// <summary>Detects the format of <paramref name="head"/> (the first bytes) named <paramref name="path"/>.</summary>
    public static InputFormat Detect(string path, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (head.StartsWith("%PDF"u8))
        {
            return InputFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return ext switch
            {
                ".xlsx" or ".xlsm" or ".xls" => InputFormat.Xlsx,
                ".docx" or ".docm" or ".doc" => InputFormat.Docx,
                _ => InputFormat.Unknown,
            };
        }

        return ext switch
        {
            ".pdf" => InputFormat.Pdf,
            ".docx" or ".doc" => InputFormat.Docx,
            ".xlsx" or ".xls" => InputFormat.Xlsx,
            _ => LooksLikeText(head) ? InputFormat.Text : InputFormat.Unknown,
        };
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0)
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 9 || (b > 13 && b < 32 && b != 27))
            {
                controls++;
            }
        }

        return controls * 20 < head.Length;
    }
}
