using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Json;

/// <summary>
/// Writes read results as the JSON contract of <c>juesuan parse --format json</c>:
/// <c>{"documents":[{"path","department","year","tables":[…],"evaluations":[…],"narrative":[…],"diagnostics":[…]}]}</c>.
/// Amounts are JSON numbers with their printed decimals ("16.90" stays 16.90); blanks are null.
/// A file that could not be read appears with an "error" object instead of a model.
/// </summary>
public static class DisclosureJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes all results to a stream as one JSON document.</summary>
    public static void Write(IEnumerable<ReadResult> results, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var result in results)
        {
            if (result.Disclosure is { } d)
            {
                WriteDisclosure(w, d);
            }
            else
            {
                w.WriteStartObject();
                w.WriteString("path", result.Path);
                w.WriteStartObject("error");
                w.WriteString("code", result.Failure!.Code);
                w.WriteString("message", result.Failure.Message);
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes results to a string.</summary>
    public static string ToJson(IEnumerable<ReadResult> results)
    {
        using var ms = new MemoryStream();
        Write(results, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteDisclosure(Utf8JsonWriter w, Disclosure d)
    {
        w.WriteStartObject();
        w.WriteString("path", d.Path);
        w.WriteString("format", d.Format);
        WriteStringOrNull(w, "department", d.Department);
        if (d.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        w.WriteStartArray("parts");
        foreach (var part in Enum.GetValues<DocumentPart>().Where(p => p != DocumentPart.None && d.Parts.HasFlag(p)))
        {
            w.WriteStringValue(PartName(part));
        }

        w.WriteEndArray();
        w.WriteStartArray("tables");
        foreach (var t in d.Tables)
        {
            WriteTable(w, t);
        }

        w.WriteEndArray();
        w.WriteStartArray("evaluations");
        foreach (var e in d.Evaluations)
        {
            EvaluationJson.Write(w, e);
        }

        w.WriteEndArray();
        w.WriteStartArray("narrative");
        foreach (var n in d.Narrative)
        {
            w.WriteStartObject();
            w.WriteString("text", n.Text);
            w.WriteString("part", PartName(n.Part));
            WriteStringOrNull(w, "heading", n.Heading);
            WriteLocation(w, n.Location);
            if (n.EndLine is { } end)
            {
                w.WriteNumber("endLine", end);
            }
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var x in d.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", x.Code);
            w.WriteString("severity", x.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", x.Message);
            WriteLocation(w, x.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, DisclosureTable t)
    {
        w.WriteStartObject();
        w.WriteString("kind", t.Kind.ToString());
        // "title" is the standard name so that tools find a table whatever a province calls it;
        // "printedTitle" is what the document says ("部门收支决算总表").
        w.WriteString("title", t.Kind == TableKind.Other ? t.Title : t.Kind.Title());
        w.WriteString("printedTitle", t.Title);
        WriteStringOrNull(w, "label", t.Label);
        WriteStringOrNull(w, "unit", t.Unit.ToChinese());
        w.WriteBoolean("declaredEmpty", t.DeclaredEmpty);
        w.WriteStartArray("columns");
        foreach (var c in t.Columns)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        WriteLocation(w, t.Location);
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartObject();
            WriteStringOrNull(w, "code", r.Code?.Digits);
            w.WriteString("name", r.Name);
            if (r.Section is not null)
            {
                w.WriteString("section", r.Section);
            }

            if (r.LineNumber is { } ln)
            {
                w.WriteNumber("lineNumber", ln);
            }

            w.WriteStartObject("values");
            foreach (var (column, cell) in r.Cells)
            {
                WriteAmount(w, column, cell.Amount);
            }

            w.WriteEndObject();
            w.WriteStartObject("cells");
            foreach (var (column, cell) in r.Cells.Where(c => !c.Value.IsBlank))
            {
                w.WriteStartObject(column);
                w.WriteString("text", cell.Text);
                WriteLocation(w, cell.Location);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            WriteLocation(w, r.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteAmount(Utf8JsonWriter w, string name, Amount? amount)
    {
        if (amount is { } a)
        {
            w.WriteNumber(name, a.Value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    internal static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
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

    /// <summary>"line" (1-based, text inputs; null otherwise), "page" when known, and "location" as words.</summary>
    internal static void WriteLocation(Utf8JsonWriter w, SourceLocation location)
    {
        if (location.Line is { } line && location.Table is null && location.SheetCell is null)
        {
            w.WriteNumber("line", line);
        }
        else
        {
            w.WriteNull("line");
        }

        if (location.Page is { } page)
        {
            w.WriteNumber("page", page);
        }

        w.WriteString("location", location.Describe());
    }

    private static string PartName(DocumentPart part) => part switch
    {
        DocumentPart.Overview => "部门概况",
        DocumentPart.FinalAccountsTables => "决算表",
        DocumentPart.Explanation => "情况说明",
        DocumentPart.Glossary => "名词解释",
        DocumentPart.EvaluationReport => "绩效自评报告",
        DocumentPart.EvaluationTables => "绩效自评表",
        DocumentPart.Rubric => "评分细则",
        _ => string.Empty,
    };
}
