using System.Globalization;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Json;

/// <summary>Reads back the "line", "page" and "location" words <see cref="DisclosureJsonWriter"/> writes.</summary>
internal static class SourceLocationText
{
    /// <summary>The location of an element with "line", "page" and "location" properties.</summary>
    public static SourceLocation Read(System.Text.Json.JsonElement e, string file)
    {
        int? line = null, page = null, table = null, row = null, cell = null;
        string? sheetCell = null;
        if (e.TryGetProperty("location", out var words) && words.GetString() is { Length: > 0 } text)
        {
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                int? Next() => i + 1 < tokens.Length && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                switch (tokens[i])
                {
                    case "page": page = Next(); i++; break;
                    case "line": line = Next(); i++; break;
                    case "table": table = Next(); i++; break;
                    case "row": row = Next(); i++; break;
                    case "cell": cell = Next(); i++; break;
                    default: sheetCell = tokens[i].Contains('!', StringComparison.Ordinal) ? tokens[i] : sheetCell; break;
                }
            }
        }

        if (e.TryGetProperty("line", out var l) && l.ValueKind == System.Text.Json.JsonValueKind.Number)
        {
            line = l.GetInt32();
        }

        if (e.TryGetProperty("page", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.Number)
        {
            page = p.GetInt32();
        }

        return new SourceLocation { File = file, Line = line, Page = page, Table = table, Row = row, Cell = cell, SheetCell = sheetCell };
    }
}
