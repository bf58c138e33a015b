using System.Globalization;
using System.Text.Json;
using Juesuan.Rules.Scoring;

namespace Juesuan.Cli.Scoring;

/// <summary>
/// The <c>--inputs FILE</c> of <c>score</c>: values a person enters with their evidence, and scores
/// for indicators whose criteria need judgement.
/// <code>{"values": {"重点支出安排率": 92, "绩效考核等次": "优秀"}, "scores": {"资金使用合规性": 13}, "evidence": "…"}</code>
/// </summary>
internal static class ScoreInputs
{
    public static (Dictionary<string, IndicatorValue> Values, Dictionary<string, decimal> Scores)? Read(string path, TextWriter stderr)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
            var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var evidence = doc.RootElement.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : $"录入（{Path.GetFileName(path)}）";
            if (doc.RootElement.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in v.EnumerateObject())
                {
                    values[p.Name] = p.Value.ValueKind switch
                    {
                        JsonValueKind.Number => IndicatorValue.Of(p.Value.GetDecimal(), evidence),
                        JsonValueKind.String when p.Value.GetString() == "不适用" => new IndicatorValue { NotApplicable = true, Evidence = evidence },
                        JsonValueKind.String => IndicatorValue.OfGrade(p.Value.GetString()!, evidence),
                        _ => throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"“{p.Name}”的值应为数字或文字")),
                    };
                }
            }

            if (doc.RootElement.TryGetProperty("scores", out var s) && s.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in s.EnumerateObject())
                {
                    scores[p.Name] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDecimal() : throw new JsonException($"“{p.Name}”的得分应为数字");
                }
            }

            return (values, scores);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{path}: error: 无法读取录入文件：{(ex is FileNotFoundException or DirectoryNotFoundException ? "文件不存在" : ex.Message)}");
        }
        catch (JsonException ex)
        {
            stderr.WriteLine($"{path}: error: 录入文件不是有效的 JSON：{ex.Message}");
        }

        return null;
    }
}
