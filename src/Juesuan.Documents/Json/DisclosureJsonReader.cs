using System.Text.Json;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Json;

/// <summary>
/// Reads the JSON model <c>juesuan parse --format json</c> prints back into disclosures, so that a
/// model edited by a tool (or by hand) can be checked, scored and rendered. Amounts keep their
/// printed decimals; blank stays blank. Table order and paragraph order follow the arrays.
/// </summary>
public static class DisclosureJsonReader
{
    /// <summary>True when the first bytes look like the parse JSON (an object with "documents").</summary>
    public static bool LooksLikeModel(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') && text.Contains("\"documents\"", StringComparison.Ordinal);
    }

    /// <summary>The documents of a parse-JSON text; throws <see cref="JsonException"/> (with its position) on bad JSON.</summary>
    public static IReadOnlyList<Disclosure> Read(string json, string file)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (!doc.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("缺少 \"documents\" 数组");
        }

        return [.. documents.EnumerateArray().Where(d => !d.TryGetProperty("error", out _)).Select(d => Document(d, file))];
    }

    private static Disclosure Document(JsonElement d, string model)
    {
        // Lines and pages belong to the document the model was read from, so locations name it.
        var file = Str(d, "path") is { Length: > 0 } source ? source : model;
        var parts = DocumentPart.None;
        foreach (var p in Array(d, "parts"))
        {
            parts |= PartOf(p.GetString());
        }

        var tables = Array(d, "tables").Select((t, i) => Table(t, file) with { Order = (i + 1) * 100 }).ToList();
        var narrative = Array(d, "narrative").Select((n, i) => new NarrativeParagraph(
            Str(n, "text") ?? string.Empty, PartOf(Str(n, "part")), Str(n, "heading"), SourceLocationText.Read(n, file), Int(n, "endLine")) { Order = i }).ToList();
        return new Disclosure
        {
            Path = model,
            Format = "json",
            Department = Str(d, "department"),
            Year = Int(d, "year"),
            Parts = parts,
            Tables = tables,
            Evaluations = [.. Array(d, "evaluations").Select(e => Evaluation(e, file))],
            Narrative = narrative,
            Diagnostics = [.. Array(d, "diagnostics").Select(x => new Diagnostic(
                Str(x, "code") ?? string.Empty,
                Enum.TryParse<Severity>(Str(x, "severity"), ignoreCase: true, out var s) ? s : Severity.Info,
                Str(x, "message") ?? string.Empty,
                SourceLocationText.Read(x, file)))],
        };
    }

    private static DisclosureTable Table(JsonElement t, string file)
    {
        var kind = Enum.TryParse<TableKind>(Str(t, "kind"), out var k) ? k : TableKind.Other;
        var codeKind = kind == TableKind.GeneralBudgetBasicExpenditure ? ClassificationKind.Economic : ClassificationKind.Function;
        var rows = Array(t, "rows").Select(r =>
        {
            var cellsText = r.TryGetProperty("cells", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
            var cells = new List<KeyValuePair<string, TableCell>>();
            if (r.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var v in values.EnumerateObject())
                {
                    var amount = v.Value.ValueKind == JsonValueKind.Number ? Amount.Of(v.Value.GetDecimal()) : (Amount?)null;
                    var detail = cellsText.ValueKind == JsonValueKind.Object && cellsText.TryGetProperty(v.Name, out var x) ? x : default;
                    var text = detail.ValueKind == JsonValueKind.Object ? Str(detail, "text") ?? string.Empty : amount?.ToString() ?? string.Empty;
                    var at = detail.ValueKind == JsonValueKind.Object ? SourceLocationText.Read(detail, file) : SourceLocation.OfFile(file);
                    cells.Add(new(v.Name, new TableCell(amount, text, at)));
                }
            }

            return new TableRow
            {
                Code = Str(r, "code") is { } code && ClassificationCode.TryParse(codeKind, code, out var parsed) ? parsed : null,
                Name = Str(r, "name") ?? string.Empty,
                Section = Str(r, "section"),
                LineNumber = Int(r, "lineNumber"),
                Cells = cells,
                Location = SourceLocationText.Read(r, file),
            };
        }).ToList();
        return new DisclosureTable
        {
            Kind = kind,
            Title = Str(t, "printedTitle") ?? Str(t, "title") ?? string.Empty,
            Label = Str(t, "label"),
            Unit = AmountUnitText.FromHeader("单位：" + (Str(t, "unit") ?? string.Empty)),
            Columns = [.. Array(t, "columns").Select(c => c.GetString() ?? string.Empty)],
            Rows = rows,
            DeclaredEmpty = t.TryGetProperty("declaredEmpty", out var e) && e.ValueKind == JsonValueKind.True,
            Location = SourceLocationText.Read(t, file),
        };
    }

    private static Evaluation Evaluation(JsonElement e, string file)
    {
        FundBlock? fund = null;
        if (e.TryGetProperty("fund", out var f) && f.ValueKind == JsonValueKind.Object)
        {
            fund = new FundBlock
            {
                InitialBudget = Amt(f, "initialBudget"),
                FullYearBudget = Amt(f, "fullYearBudget"),
                Executed = Amt(f, "executed"),
                Weight = Amt(f, "weight"),
                ExecutionRate = Amt(f, "executionRate"),
                Score = Amt(f, "score"),
                Breakdown = [.. Array(f, "breakdown").Select(b => new KeyValuePair<string, Amount?>(Str(b, "label") ?? string.Empty, Amt(b, "value")))],
                Location = SourceLocationText.Read(f, file),
            };
        }

        return new Evaluation
        {
            Kind = Enum.TryParse<EvaluationKind>(Str(e, "kind"), out var k) ? k : EvaluationKind.DepartmentSelfEvaluation,
            Title = Str(e, "title") ?? string.Empty,
            Subject = Str(e, "subject"),
            Total = Amt(e, "total"),
            TotalWeight = Amt(e, "totalWeight"),
            Grade = Str(e, "grade"),
            Fund = fund,
            Groups = [.. Array(e, "groups").Select(g => new IndicatorGroup(Int(g, "level") ?? 1, Str(g, "name") ?? string.Empty, Str(g, "parent") ?? string.Empty, Amt(g, "weight"), Amt(g, "score"), SourceLocationText.Read(g, file)))],
            Indicators = [.. Array(e, "indicators").Select(i => new Indicator
            {
                Level1 = Str(i, "level1") ?? string.Empty,
                Level2 = Str(i, "level2") ?? string.Empty,
                Name = Str(i, "name") ?? string.Empty,
                Target = Str(i, "target"),
                Actual = Str(i, "actual"),
                Weight = Amt(i, "weight"),
                Score = Amt(i, "score"),
                Deviation = Str(i, "deviation"),
                Criteria = Str(i, "criteria"),
                Explanation = Str(i, "explanation"),
                Location = SourceLocationText.Read(i, file),
            })],
            Location = SourceLocationText.Read(e, file),
        };
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    private static Amount? Amt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? Amount.Of(v.GetDecimal()) : null;

    private static DocumentPart PartOf(string? name) => name switch
    {
        "部门概况" => DocumentPart.Overview,
        "决算表" => DocumentPart.FinalAccountsTables,
        "情况说明" => DocumentPart.Explanation,
        "名词解释" => DocumentPart.Glossary,
        "绩效自评报告" => DocumentPart.EvaluationReport,
        "绩效自评表" => DocumentPart.EvaluationTables,
        "评分细则" => DocumentPart.Rubric,
        _ => DocumentPart.None,
    };
}
