using System.Text.RegularExpressions;
using Juesuan.Domain.Amounts;

namespace Juesuan.Rules.Claims;

/// <summary>Finds amounts, percentages and scores in a sentence, each with its clause prefix.</summary>
internal static partial class MentionScanner
{
    private static readonly char[] Boundaries = ['，', ',', '；', ';', '：', ':', '。'];

    /// <summary>All mentions in <paramref name="sentence"/>, in order.</summary>
    public static IReadOnlyList<Mention> Scan(string sentence)
    {
        var list = new List<Mention>();
        if (!sentence.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return list;
        }

        var previousEnd = 0;
        foreach (Match m in NumberPattern().Matches(sentence))
        {
            if (!Amount.TryParse(m.Groups["num"].Value, out var value))
            {
                continue;
            }

            var unit = m.Groups["unit"].Value;
            var kind = unit switch
            {
                "%" or "％" => MentionKind.Percent,
                "分" => MentionKind.Score,
                _ => MentionKind.Amount,
            };
            var start = m.Index;
            var clauseStart = Math.Max(previousEnd, sentence.LastIndexOfAny(Boundaries, Math.Max(0, start - 1)) + 1);
            if (clauseStart > start)
            {
                clauseStart = previousEnd;
            }

            var prefix = sentence[clauseStart..start];
            list.Add(new Mention(kind, value, kind == MentionKind.Amount ? (unit == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan) : null, start, m.Index + m.Length, prefix, DirectionOf(prefix)));
            previousEnd = m.Index + m.Length;
        }

        return list;
    }

    /// <summary>The direction word the clause ends with ("比上年增加" → up, "降低" → down).</summary>
    public static Direction DirectionOf(string prefix)
    {
        var m = DirectionPattern().Match(prefix);
        if (!m.Success)
        {
            return Direction.None;
        }

        var word = m.Groups["w"].Value;
        return word is "增加" or "增长" or "上升" or "提高" or "增" or "增幅" or "增长率" ? Direction.Up : Direction.Down;
    }

    [GeneratedRegex(@"(?<![\d.])(?<num>[-－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-－]?\d+(?:\.\d+)?)\s*(?<unit>万元|元|%|％|分)(?![钟钱])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<w>增加|增长|上升|提高|减少|下降|降低|减|增|节约|增幅|降幅|增长率|下降率|降低率)了?(?:为|达)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex DirectionPattern();
}
