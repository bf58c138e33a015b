using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Rules.Reporting;

namespace Juesuan.Rules.Scoring;

/// <summary>
/// JSON of <c>juesuan score</c> and <c>juesuan score --recheck</c>:
/// <c>{"documents":[{"path","system","total","grade","indicators":[…]}]}</c> and
/// <c>{"documents":[{"path","evaluations":[{"title","publishedTotal","recomputedTotal","differences":[{"indicator","published","recomputed","line","explanation"}]}]}]}</c>.
/// </summary>
public static class ScoreJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Scores of documents under a system.</summary>
    public static string Scores(IEnumerable<(string Path, SystemScore Score)> documents) => Write(w =>
    {
        foreach (var (path, s) in documents)
        {
            w.WriteStartObject();
            w.WriteString("path", path);
            w.WriteString("system", s.System.Name);
            w.WriteString("systemTitle", s.System.Title);
            w.WriteNumber("total", s.Total);
            JsonFields.String(w, "grade", s.Grade);
            w.WriteStartArray("indicators");
            foreach (var i in s.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("indicator", i.Path);
                w.WriteNumber("weight", i.Weight);
                JsonFields.Number(w, "score", i.Score);

                w.WriteString("explanation", i.Explanation);
                JsonFields.String(w, "evidence", i.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("unscored");
            foreach (var u in s.Unscored)
            {
                w.WriteStringValue(u.Path);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    });

    /// <summary>Rechecks of documents.</summary>
    public static string Rechecks(IEnumerable<(string Path, IReadOnlyList<RecheckResult> Results)> documents) => Write(w =>
    {
        foreach (var (path, results) in documents)
        {
            w.WriteStartObject();
            w.WriteString("path", path);
            w.WriteStartArray("evaluations");
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("title", r.Title);
                JsonFields.String(w, "system", r.System);
                JsonFields.Number(w, "publishedTotal", r.PublishedTotal);

                w.WriteNumber("recomputedTotal", r.RecomputedTotal);
                w.WriteStartArray("differences");
                foreach (var d in r.Differences)
                {
                    w.WriteStartObject();
                    w.WriteString("indicator", d.Indicator);
                    w.WriteNumber("published", d.Published);
                    w.WriteNumber("recomputed", d.Recomputed);
                    JsonFields.Location(w, d.Location);
                    w.WriteString("explanation", d.Explanation);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("notRecomputed");
                foreach (var k in r.NotRecomputed)
                {
                    w.WriteStringValue(k);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    });

    private static string Write(Action<Utf8JsonWriter> documents)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            documents(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
