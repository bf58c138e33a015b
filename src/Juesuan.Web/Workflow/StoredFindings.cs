using System.Text.Json;

namespace Juesuan.Web.Workflow;

/// <summary>A finding as the pages show it, read from a version's stored audit.</summary>
public sealed record FindingLine(string Rule, string Severity, string Location, string Message, int? Line, string? Computation)
{
    /// <summary>The Chinese name of the severity.</summary>
    public string SeverityName => Severity switch { "error" => "错误", "warning" => "警告", _ => "提示" };
}

/// <summary>Reads the findings out of the stored <c>check --format json</c> output of a version.</summary>
public static class StoredFindings
{
    /// <summary>Errors and warnings (and infos when asked), in report order.</summary>
    public static IReadOnlyList<FindingLine> Of(string checkJson, bool withInfos = false)
    {
        using var doc = JsonDocument.Parse(checkJson);
        var list = new List<FindingLine>();
        if (!doc.RootElement.TryGetProperty("documents", out var documents))
        {
            return list;
        }

        foreach (var d in documents.EnumerateArray())
        {
            if (!d.TryGetProperty("findings", out var findings))
            {
                continue;
            }

            foreach (var f in findings.EnumerateArray())
            {
                var severity = Text(f, "severity");
                if (severity is "error" or "warning" || withInfos)
                {
                    int? line = f.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null;
                    list.Add(new FindingLine(Text(f, "rule"), severity, Text(f, "location"), Text(f, "message"), line, f.TryGetProperty("computation", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null));
                }
            }
        }

        return list;
    }

    /// <summary>How many checks passed and how many could not be made, from the stored summary.</summary>
    public static (int Passed, int NotChecked) CountsOf(string checkJson)
    {
        using var doc = JsonDocument.Parse(checkJson);
        if (!doc.RootElement.TryGetProperty("documents", out var documents) || documents.GetArrayLength() == 0
            || !documents[0].TryGetProperty("summary", out var summary))
        {
            return (0, 0);
        }

        return (Number(summary, "passed"), Number(summary, "notChecked"));
    }

    private static int Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : v.ToString() : string.Empty;
}
