using System.Text.Json;
using Juesuan.Domain.Evaluations;

namespace Juesuan.Documents.Json;

/// <summary>The "evaluations" part of the parse JSON.</summary>
internal static class EvaluationJson
{
    public static void Write(Utf8JsonWriter w, Evaluation e)
    {
        w.WriteStartObject();
        w.WriteString("kind", e.Kind.ToString());
        w.WriteString("title", e.Title);
        DisclosureJsonWriter.WriteStringOrNull(w, "subject", e.Subject);
        DisclosureJsonWriter.WriteAmount(w, "total", e.Total);
        DisclosureJsonWriter.WriteAmount(w, "totalWeight", e.TotalWeight);
        DisclosureJsonWriter.WriteStringOrNull(w, "grade", e.Grade);
        if (e.Fund is { } f)
        {
            w.WriteStartObject("fund");
            DisclosureJsonWriter.WriteAmount(w, "initialBudget", f.InitialBudget);
            DisclosureJsonWriter.WriteAmount(w, "fullYearBudget", f.FullYearBudget);
            DisclosureJsonWriter.WriteAmount(w, "executed", f.Executed);
            DisclosureJsonWriter.WriteAmount(w, "weight", f.Weight);
            DisclosureJsonWriter.WriteAmount(w, "executionRate", f.ExecutionRate);
            DisclosureJsonWriter.WriteAmount(w, "score", f.Score);
            w.WriteStartArray("breakdown");
            foreach (var (label, value) in f.Breakdown)
            {
                w.WriteStartObject();
                w.WriteString("label", label);
                DisclosureJsonWriter.WriteAmount(w, "value", value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            DisclosureJsonWriter.WriteLocation(w, f.Location);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("fund");
        }

        w.WriteStartArray("groups");
        foreach (var g in e.Groups)
        {
            w.WriteStartObject();
            w.WriteNumber("level", g.Level);
            w.WriteString("name", g.Name);
            w.WriteString("parent", g.Parent);
            DisclosureJsonWriter.WriteAmount(w, "weight", g.Weight);
            DisclosureJsonWriter.WriteAmount(w, "score", g.Score);
            DisclosureJsonWriter.WriteLocation(w, g.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var i in e.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("level1", i.Level1);
            w.WriteString("level2", i.Level2);
            w.WriteString("name", i.Name);
            DisclosureJsonWriter.WriteStringOrNull(w, "target", i.Target);
            DisclosureJsonWriter.WriteStringOrNull(w, "actual", i.Actual);
            DisclosureJsonWriter.WriteAmount(w, "weight", i.Weight);
            DisclosureJsonWriter.WriteAmount(w, "score", i.Score);
            DisclosureJsonWriter.WriteStringOrNull(w, "deviation", i.Deviation);
            DisclosureJsonWriter.WriteStringOrNull(w, "criteria", i.Criteria);
            DisclosureJsonWriter.WriteStringOrNull(w, "explanation", i.Explanation);
            DisclosureJsonWriter.WriteLocation(w, i.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DisclosureJsonWriter.WriteLocation(w, e.Location);
        w.WriteEndObject();
    }
}
