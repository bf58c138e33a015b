using System.Text.Json;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Rules.Reporting;

/// <summary>Nullable fields and locations written the same way in every JSON contract of the audit and the scores.</summary>
internal static class JsonFields
{
    public static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, decimal.Round(v, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>"line" (null when the input has no lines), "page" when known, and "location" in words.</summary>
    public static void Location(Utf8JsonWriter w, SourceLocation location)
    {
        Number(w, "line", location.Line);
        if (location.Page is { } page)
        {
            w.WriteNumber("page", page);
        }

        w.WriteString("location", location.Describe());
    }
}
