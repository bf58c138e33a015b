using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;

namespace Juesuan.Rules.Reporting;

/// <summary>
/// The JSON contract of <c>juesuan check --format json</c> (and <c>POST /api/check</c>):
/// <c>{"documents":[{"path","findings":[{"rule","severity","message","line","location","expected","actual",…}],"notChecked":[…]}]}</c>.
/// A file that could not be read has an "error" object and no findings.
/// </summary>
public static class CheckJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes all reports as one JSON document.</summary>
    public static void Write(IEnumerable<CheckReport> reports, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var r in reports)
        {
            WriteReport(w, r);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes reports to a string.</summary>
    public static string ToJson(IEnumerable<CheckReport> reports)
    {
        using var ms = new MemoryStream();
        Write(reports, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter w, CheckReport r)
    {
        w.WriteStartObject();
        w.WriteString("path", r.Path);
        if (r.InputFailure is { } failure)
        {
            w.WriteStartObject("error");
            w.WriteString("code", failure.Code);
            w.WriteString("message", failure.Message);
            w.WriteEndObject();
        }

        JsonFields.String(w, "department", r.Department);
        JsonFields.Number(w, "year", r.Year);

        w.WriteStartObject("summary");
        w.WriteNumber("errors", r.Count(Severity.Error));
        w.WriteNumber("warnings", r.Count(Severity.Warning));
        w.WriteNumber("infos", r.Count(Severity.Info));
        w.WriteNumber("passed", r.Passed);
        w.WriteNumber("notChecked", r.NotChecked.Sum(n => n.Count));
        w.WriteEndObject();

        w.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        w.WriteStartArray("notChecked");
        foreach (var n in r.NotChecked)
        {
            w.WriteStartObject();
            w.WriteString("rule", n.Rule);
            w.WriteString("title", n.Title);
            w.WriteString("reason", n.Reason);
            w.WriteNumber("count", n.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.Rule);
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("message", f.Message);
        JsonFields.Location(w, f.Location);
        JsonFields.Number(w, "expected", f.Expected);
        JsonFields.Number(w, "actual", f.Actual);
        JsonFields.String(w, "title", f.Title);
        JsonFields.String(w, "computation", f.Computation);
        JsonFields.String(w, "explanation", f.Explanation);
        w.WriteStartArray("inputs");
        foreach (var i in f.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("label", i.Label);
            w.WriteString("value", i.Value);
            w.WriteString("location", i.Location.Describe());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
