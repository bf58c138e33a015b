using System.Globalization;
using System.Text.Json;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Amounts;
using Juesuan.Rules.Scoring;
using YamlDotNet.RepresentationModel;

namespace Juesuan.Cli.Scoring;

/// <summary>
/// The <c>--inputs FILE</c> of <c>score</c>: values a person enters with their evidence, and scores
/// for indicators whose criteria need judgement. JSON or YAML:
/// <code>{"evidence": "…", "values": {"重点支出安排率": 92, "绩效考核等次": "优秀"}, "scores": {"资金使用合规性": 13}}</code>
/// or an .xlsx whose first table has the columns 名称, 值, 得分 and (optionally) 依据.
/// </summary>
internal static class ScoreInputs
{
    public sealed record Entered(Dictionary<string, IndicatorValue> Values, Dictionary<string, decimal> Scores);

    public static Entered? Read(string path, TextWriter stderr)
    {
        try
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            return extension switch
            {
                ".xlsx" => FromWorkbook(path, stderr),
                ".yaml" or ".yml" => FromTree(Yaml(File.ReadAllText(path)), path),
                _ => FromTree(Json(File.ReadAllText(path)), path),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{path}: error: 无法读取录入文件：{(ex is FileNotFoundException or DirectoryNotFoundException ? "文件不存在" : ex.Message)}");
        }
        catch (Exception ex) when (ex is JsonException or YamlDotNet.Core.YamlException or FormatException)
        {
            stderr.WriteLine($"{path}: error: 录入文件格式不正确：{ex.Message}");
        }

        return null;
    }

    /// <summary>The parsed file as plain values: dictionaries, strings and decimals.</summary>
    private static Entered FromTree(Dictionary<string, object?> root, string path)
    {
        var evidence = root.GetValueOrDefault("evidence") as string ?? $"录入（{Path.GetFileName(path)}）";
        var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (root.GetValueOrDefault("values") is Dictionary<string, object?> v)
        {
            foreach (var (name, value) in v)
            {
                values[name] = ValueOf(name, value, evidence);
            }
        }

        if (root.GetValueOrDefault("scores") is Dictionary<string, object?> s)
        {
            foreach (var (name, value) in s)
            {
                scores[name] = value is decimal d ? d : throw new FormatException($"“{name}”的得分应为数字");
            }
        }

        return new Entered(values, scores);
    }

    private static IndicatorValue ValueOf(string name, object? value, string evidence) => value switch
    {
        decimal d => IndicatorValue.Of(d, evidence),
        "不适用" => new IndicatorValue { NotApplicable = true, Evidence = evidence },
        string text when Amount.TryParse(text.TrimEnd('%', '％'), out var a) => IndicatorValue.Of(a.Value, evidence),
        string text => IndicatorValue.OfGrade(text, evidence),
        _ => throw new FormatException($"“{name}”的值应为数字或文字"),
    };

    private static Dictionary<string, object?> Json(string text)
    {
        using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return (Convert(doc.RootElement) as Dictionary<string, object?>) ?? throw new FormatException("顶层应为对象");

        static object? Convert(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
            JsonValueKind.Number => e.GetDecimal(),
            JsonValueKind.String => e.GetString(),
            _ => null,
        };
    }

    private static Dictionary<string, object?> Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 && Convert(stream.Documents[0].RootNode) is Dictionary<string, object?> d ? d : throw new FormatException("顶层应为映射");

        static object? Convert(YamlNode n) => n switch
        {
            YamlMappingNode m => m.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? string.Empty, kv => Convert(kv.Value), StringComparer.Ordinal),
            YamlScalarNode s when s.Style == YamlDotNet.Core.ScalarStyle.Plain && decimal.TryParse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            YamlScalarNode s => s.Value,
            _ => null,
        };
    }

    /// <summary>First table: a header row with 名称 and 值 (得分, 依据 optional), then one row per indicator.</summary>
    private static Entered? FromWorkbook(string path, TextWriter stderr)
    {
        var layout = DisclosureReader.ReadLayout(path);
        if (layout.Diagnostics.FirstOrDefault(Domain.Diagnostics.DiagnosticCodes.IsInputFailure) is { } failure)
        {
            stderr.WriteLine($"{path}: error {failure.Code}: {failure.Message}");
            return null;
        }

        var table = layout.Blocks.OfType<LayoutTable>().FirstOrDefault();
        var header = table?.Rows.FirstOrDefault()?.Cells.Select(c => CellText.Compact(c.Text)).ToList();
        int Col(string name) => header?.FindIndex(h => h.Contains(name, StringComparison.Ordinal)) ?? -1;
        int nameCol = Col("名称") is >= 0 and var n ? n : Col("指标"), valueCol = Col("值"), scoreCol = Col("得分"), evidenceCol = Col("依据");
        if (table is null || nameCol < 0 || (valueCol < 0 && scoreCol < 0))
        {
            throw new FormatException("第一张表应有“名称”和“值”（或“得分”）两栏");
        }

        var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Skip(1))
        {
            string At(int i) => i >= 0 && i < row.Cells.Count ? CellText.Clean(row.Cells[i].Text) : string.Empty;
            var name = At(nameCol);
            if (name.Length == 0)
            {
                continue;
            }

            var evidence = At(evidenceCol) is { Length: > 0 } e ? e : $"录入（{Path.GetFileName(path)} {row.Location.Describe()}）";
            if (At(valueCol) is { Length: > 0 } value)
            {
                values[name] = ValueOf(name, value, evidence);
            }

            if (At(scoreCol) is { Length: > 0 } score)
            {
                scores[name] = Amount.TryParse(score, out var a) ? a.Value : throw new FormatException($"“{name}”的得分应为数字（{row.Location.Describe()}）");
            }
        }

        return new Entered(values, scores);
    }
}
