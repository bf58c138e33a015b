using Juesuan.Domain.Diagnostics;
using System.Text.RegularExpressions;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Scores stated in a report's text: "1、投入9.5分", "（1）预算执行得20分。预算完成率1%得5分；…",
/// "评价得分为91.5分". Becomes an evaluation whose groups are the headed parts and whose
/// indicators are the clauses that award points.
/// </summary>
internal static partial class NarrativeBreakdownExtractor
{
    [GeneratedRegex(@"^(?:\d+|[一二三四五六七八九十]+)\s*[、.．]\s*(?<name>[^\d，。；：]{2,12}?)\s*(?:得分?)?\s*(?<score>\d+(?:\.\d+)?)\s*分[。，]?$")]
    private static partial Regex Level1Pattern();

    [GeneratedRegex(@"^[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[）)]\s*(?<name>[^\d，。；：]{2,12}?)\s*得\s*(?<score>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex Level2Pattern();

    [GeneratedRegex(@"得\s*(?<score>\d+(?:\.\d+)?)\s*[分月]")]
    private static partial Regex AwardPattern();

    [GeneratedRegex(@"(?:评价|自评|综合)?得?分(?:为|是)?\s*(?<score>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex TotalPattern();

    public static Evaluation? Extract(IReadOnlyList<NarrativeParagraph> report)
    {
        var groups = new List<IndicatorGroup>();
        var indicators = new List<Indicator>();
        Amount? total = null;
        SourceLocation? totalAt = null;
        string level1 = string.Empty, level2 = string.Empty;
        foreach (var p in report)
        {
            var text = p.Text.Trim();
            if (total is null && (text.Contains("评价得分", StringComparison.Ordinal) || text.Contains("自评分", StringComparison.Ordinal) || text.Contains("自评得分", StringComparison.Ordinal))
                && TotalPattern().Match(text) is { Success: true } tm)
            {
                total = Amount.Parse(tm.Groups["score"].Value);
                totalAt = p.Location;
            }

            if (Level1Pattern().Match(text) is { Success: true } m1)
            {
                level1 = m1.Groups["name"].Value.Trim();
                level2 = string.Empty;
                groups.Add(new IndicatorGroup(1, level1, string.Empty, null, Amount.Parse(m1.Groups["score"].Value), p.Location));
                continue;
            }

            if (groups.Count == 0)
            {
                continue;
            }

            var clauses = text.Split(['；', ';', '。'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var k = 0; k < clauses.Length; k++)
            {
                var clause = clauses[k];
                if (Level2Pattern().Match(clause) is { Success: true } m2)
                {
                    level2 = m2.Groups["name"].Value.Trim();
                    groups.Add(new IndicatorGroup(2, level2, level1, null, Amount.Parse(m2.Groups["score"].Value), p.Location));
                    continue;
                }

                var award = AwardPattern().Match(clause);
                if (!award.Success)
                {
                    continue;
                }

                var name = NameOf(clause[..award.Index]);
                // "预算配置得10分。其中：…" heads a group whose items follow.
                if (k == 0 && clauses.Length > 1 && clauses[1].StartsWith("其中", StringComparison.Ordinal))
                {
                    level2 = name;
                    groups.Add(new IndicatorGroup(2, name, level1, null, Amount.Parse(award.Groups["score"].Value), p.Location));
                    continue;
                }

                indicators.Add(new Indicator
                {
                    Level1 = level1,
                    Level2 = level2,
                    Name = name,
                    Score = Amount.Parse(award.Groups["score"].Value),
                    Criteria = clause,
                    Location = p.Location,
                });
            }
        }

        return groups.Count(g => g.Level == 1) >= 2 ? new Evaluation
        {
            Kind = EvaluationKind.NarrativeBreakdown,
            Title = "绩效评价报告得分说明",
            Total = total,
            TotalLocation = totalAt,
            Indicators = indicators,
            Groups = groups,
            Location = report[0].Location,
        } : null;
    }

    private static string NameOf(string text)
    {
        var t = text.Trim().TrimEnd('，', ',', '：');
        var comma = t.LastIndexOfAny(['，', ',']);
        if (comma >= 0 && t.Length - comma > 2)
        {
            t = t[(comma + 1)..];
        }
        else if (comma >= 0)
        {
            t = t[..comma];
            var before = t.LastIndexOfAny(['，', ',']);
            t = before >= 0 ? t[(before + 1)..] : t;
        }

        foreach (var prefix in new[] { "其中：", "其中", "故", "且", "并" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }

        var colon = t.IndexOf('：', StringComparison.Ordinal);
        if (colon > 0)
        {
            t = t[..colon];
        }

        var digit = t.IndexOfAny("0123456789".ToCharArray());
        if (digit > 1)
        {
            t = t[..digit];
        }

        return t.Trim();
    }
}
