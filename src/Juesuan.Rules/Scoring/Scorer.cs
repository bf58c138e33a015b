using Juesuan.Rules.Scoring.Rules;

namespace Juesuan.Rules.Scoring;

/// <summary>One indicator as scored.</summary>
/// <param name="Path">Names from the top ("过程/预算执行/资金结余").</param>
/// <param name="Weight">分值.</param>
/// <param name="Score">Points; null when it could not be scored (no data, no executable rule).</param>
/// <param name="Explanation">The computation, or why it was not scored.</param>
/// <param name="Evidence">Where the value came from.</param>
public sealed record ScoredIndicator(string Path, decimal Weight, decimal? Score, string Explanation, string? Evidence);

/// <summary>A document scored under a system.</summary>
/// <param name="System">The indicator system.</param>
/// <param name="Indicators">Every leaf, in system order.</param>
/// <param name="Total">Points of the scored leaves (re-weighted when the system says so and some do not apply).</param>
/// <param name="Grade">The grade of the total; null while some indicator is unscored.</param>
public sealed record SystemScore(IndicatorSystem System, IReadOnlyList<ScoredIndicator> Indicators, decimal Total, string? Grade)
{
    /// <summary>Leaves that still need a value or a score entered.</summary>
    public IEnumerable<ScoredIndicator> Unscored => Indicators.Where(i => i.Score is null && i.Explanation != Scorer.NotApplicable);
}

/// <summary>Scores a system's leaves from metric values and entered scores.</summary>
public static class Scorer
{
    /// <summary>Explanation of a leaf that does not apply.</summary>
    public const string NotApplicable = "不适用";

    /// <summary>
    /// Scores every leaf: an entered score first (by name or path), then the leaf's rule on its
    /// metric's value, then (for leaves without a rule) a published score kept as such. Never
    /// throws; a leaf without any of these is reported unscored.
    /// </summary>
    public static SystemScore Score(IndicatorSystem system, IReadOnlyDictionary<string, IndicatorValue> values, IReadOnlyDictionary<string, decimal>? entered = null, IReadOnlyDictionary<string, decimal>? published = null)
    {
        var list = new List<ScoredIndicator>();
        decimal total = 0, applicable = 0, all = 0;
        foreach (var (leaf, path) in system.Leaves())
        {
            all += leaf.Weight;
            var value = leaf.Metric is { } metric && values.TryGetValue(metric, out var v) ? v : values.GetValueOrDefault(leaf.Name);
            if (value is { NotApplicable: true } && leaf.Optional)
            {
                list.Add(new ScoredIndicator(path, leaf.Weight, null, NotApplicable, value.Evidence));
                continue;
            }

            applicable += leaf.Weight;
            if (entered is not null && (entered.TryGetValue(path, out var s) || entered.TryGetValue(leaf.Name, out s)))
            {
                var clamped = Math.Clamp(s, 0, leaf.Weight);
                total += clamped;
                list.Add(new ScoredIndicator(path, leaf.Weight, clamped, "录入得分", null));
                continue;
            }

            if (leaf.Rule is null)
            {
                if (published is not null && published.TryGetValue(path, out var kept))
                {
                    total += kept;
                    list.Add(new ScoredIndicator(path, leaf.Weight, kept, "沿用公布得分（定性指标，需人工判断）", null));
                    continue;
                }

                list.Add(new ScoredIndicator(path, leaf.Weight, null, "评分标准需人工判断，请录入得分", null));
                continue;
            }

            var result = leaf.Rule is CompositeRule composite
                ? composite.Score(leaf.Weight, m => values.GetValueOrDefault(m))
                : value is null ? null : leaf.Rule.Score(leaf.Weight, value);
            if (result is null)
            {
                var wanted = leaf.Rule is CompositeRule c ? string.Join("、", c.Parts.Select(p => p.Metric).Where(m => !values.ContainsKey(m))) : leaf.Metric ?? leaf.Name;
                list.Add(new ScoredIndicator(path, leaf.Weight, null, $"缺少“{wanted}”的数据", value?.Evidence));
                continue;
            }

            total += result.Score;
            list.Add(new ScoredIndicator(path, leaf.Weight, result.Score, result.Explanation, value?.Evidence));
        }

        if (system.Reweight && applicable > 0 && applicable < all)
        {
            total = decimal.Round(total / applicable * all, 2);
        }

        var complete = list.All(i => i.Score is not null || i.Explanation == NotApplicable);
        return new SystemScore(system, list, total, complete ? system.GradeOf(total) : null);
    }
}
