using System.Globalization;
using System.Text;

namespace Juesuan.Documents.Excel;

/// <summary>Valid, unique worksheet names.</summary>
internal sealed class XlsxSheetNames
{
    private const int MaxLength = 31;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A name made from <paramref name="wanted"/>: without []:*?/\ and control characters, no
    /// apostrophe at either end, at most 31 characters, not "History" (reserved by Excel) and
    /// unique without regard to case ("说明", "说明(2)"…); <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public string Make(string? wanted, string fallback)
    {
        var sb = new StringBuilder();
        foreach (var c in wanted ?? string.Empty)
        {
            if (c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        var name = Fit(sb.ToString().Trim().Trim('\''), 0);
        if (name.Length == 0 || name.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            name = fallback;
        }

        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"({n})");
            candidate = Fit(name, suffix.Length) + suffix;
        }

        return candidate;
    }

    /// <summary>Cuts to leave room for a suffix without splitting a surrogate pair.</summary>
    private static string Fit(string name, int reserve)
    {
        var max = MaxLength - reserve;
        if (name.Length <= max)
        {
            return name;
        }

        var cut = char.IsLowSurrogate(name[max]) ? max - 1 : max;
        return name[..cut].TrimEnd().TrimEnd('\'');
    }
}
