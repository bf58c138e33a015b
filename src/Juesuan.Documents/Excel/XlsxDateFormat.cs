namespace Juesuan.Documents.Excel;

/// <summary>Whether a number format shows a date or a time.</summary>
internal static class XlsxDateFormat
{
    /// <summary>
    /// True for the built-in date and time formats (14–22, 45–47, and the East Asian 27–36 and
    /// 50–58) and for codes with y, m, d, h or s outside quotes, brackets and escapes.
    /// </summary>
    public static bool IsDate(int id, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;
        }

        if (code.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case ';':
                    return false; // only the first section decides
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    i = end < 0 ? code.Length : end;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
