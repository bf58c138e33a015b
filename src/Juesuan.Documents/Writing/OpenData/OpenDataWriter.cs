using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Writing.OpenData;

/// <summary>
/// A disclosure's tables as open data, in the spirit of the Fiscal Data Package: one CSV row per
/// printed figure (the measure <c>amount</c> in 万元 with its printed decimals) with its dimensions —
/// year, department, table, section, classification kind, code and level (类/款/项), name, column —
/// and a <c>datapackage.json</c> describing the fields. Blank cells are not rows: blank is not zero.
/// </summary>
public static class OpenDataWriter
{
    private static readonly string[] Fields = ["year", "department", "table", "section", "classification", "code", "level", "name", "column", "amount", "unit"];

    /// <summary>Writes the CSV (UTF-8, header row, RFC 4180 quoting).</summary>
    public static void WriteCsv(Disclosure d, TextWriter output)
    {
        output.Write(string.Join(",", Fields));
        output.Write("\r\n");
        foreach (var row in Rows(d))
        {
            output.Write(string.Join(",", row.Select(Quote)));
            output.Write("\r\n");
        }
    }

    /// <summary>Writes <c>datapackage.json</c> and <c>data.csv</c> into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WritePackage(Disclosure d, string folder)
    {
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, "data.csv");
        using (var w = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            WriteCsv(d, w);
        }

        var descriptor = Path.Combine(folder, "datapackage.json");
        File.WriteAllText(descriptor, Descriptor(d), new UTF8Encoding(false));
        return [descriptor, csv];
    }

    /// <summary>The rows: every non-blank figure with its dimensions.</summary>
    public static IEnumerable<string[]> Rows(Disclosure d)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var t in d.Tables.Where(t => t.Kind != TableKind.Other))
        {
            foreach (var r in t.Rows)
            {
                foreach (var (column, cell) in r.Cells)
                {
                    if (cell.Amount is not { } amount)
                    {
                        continue;
                    }

                    var wan = amount.ConvertTo(t.Unit == AmountUnit.Yuan ? AmountUnit.Yuan : AmountUnit.WanYuan, AmountUnit.WanYuan);
                    yield return
                    [
                        d.Year?.ToString(c) ?? string.Empty,
                        d.Department ?? string.Empty,
                        t.Kind.Title(),
                        r.Section ?? string.Empty,
                        r.Code is { } code ? (code.Kind == ClassificationKind.Economic ? "支出经济分类" : "支出功能分类") : string.Empty,
                        r.Code?.Digits ?? string.Empty,
                        r.Code is { } k ? (k.Level switch { 1 => "类", 2 => "款", _ => "项" }) : string.Empty,
                        CatalogNames.StripListNumber(r.Name),
                        column,
                        wan.ToString(),
                        "万元",
                    ];
                }
            }
        }
    }

    /// <summary>The datapackage.json descriptor of one CSV resource at <paramref name="csvPath"/> (relative to the descriptor).</summary>
    public static string Descriptor(Disclosure d, string csvPath = "data.csv")
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", "juesuan-final-accounts");
            w.WriteString("title", $"{d.Department}{d.Year?.ToString(CultureInfo.InvariantCulture)}年度部门决算");
            w.WriteStartArray("resources");
            w.WriteStartObject();
            w.WriteString("name", "final-accounts");
            w.WriteString("path", csvPath);
            w.WriteString("format", "csv");
            w.WriteString("encoding", "utf-8");
            w.WriteStartObject("schema");
            w.WriteStartArray("fields");
            foreach (var (name, type, title) in new[]
            {
                ("year", "integer", "年度"), ("department", "string", "部门"), ("table", "string", "公开表"), ("section", "string", "收入/支出"),
                ("classification", "string", "分类"), ("code", "string", "科目编码"), ("level", "string", "级次（类/款/项）"), ("name", "string", "科目名称"),
                ("column", "string", "栏目"), ("amount", "number", "金额（万元）"), ("unit", "string", "单位"),
            })
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("type", type);
                w.WriteString("title", title);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("model");
            w.WriteStartObject("measures");
            w.WriteStartObject("amount");
            w.WriteString("source", "amount");
            w.WriteString("currency", "CNY");
            w.WriteNumber("factor", 10000);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("dimensions");
            foreach (var dim in new[] { "year", "department", "table", "section", "classification", "code", "level", "name", "column" })
            {
                w.WriteStartObject(dim);
                w.WriteString("attribute", dim);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
