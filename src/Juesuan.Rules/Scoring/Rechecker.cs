using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using DocEvaluation = Juesuan.Domain.Evaluations.Evaluation;
using Juesuan.Rules.Scoring.Rules;

namespace Juesuan.Rules.Scoring;

/// <summary>An indicator whose published score differs from the score its own rule gives.</summary>
/// <param name="Indicator">Indicator name.</param>
/// <param name="Published">Score printed in the document.</param>
/// <param name="Recomputed">Score under the stated rule.</param>
/// <param name="Location">Where the indicator is printed.</param>
/// <param name="Explanation">The computation, with where the value came from.</param>
public sealed record ScoreDifference(string Indicator, decimal Published, decimal Recomputed, SourceLocation Location, string Explanation);

/// <summary>One self-evaluation or rubric, re-scored.</summary>
/// <param name="Title">The evaluation's title.</param>
/// <param name="System">The indicator system applied.</param>
/// <param name="PublishedTotal">The printed total.</param>
/// <param name="RecomputedTotal">Σ of recomputed scores (published scores kept where no rule or data allows recomputing).</param>
/// <param name="Differences">Indicators whose score differs.</param>
/// <param name="NotRecomputed">Indicators kept as published, with the reason.</param>
/// <param name="Location">Where the evaluation starts.</param>
public sealed record RecheckResult(string Title, string? System, decimal? PublishedTotal, decimal RecomputedTotal, IReadOnlyList<ScoreDifference> Differences, IReadOnlyList<string> NotRecomputed, SourceLocation Location);

/// <summary>
/// Recomputes every self-evaluation and rubric in a document under its own stated rules: a
/// rubric under the shipped system whose indicators it matches, a self-evaluation table under
/// the national rules (执行率 × 分值; quantitative indicators by ratio to target, capped).
/// </summary>
public static partial class Rechecker
{
    /// <summary>Rechecks every evaluation with indicators.</summary>
    public static IReadOnlyList<RecheckResult> Recheck(Disclosure d, Disclosure? prior = null)
    {
        // Metrics come from the whole text; only rubrics need them.
        var metrics = new Lazy<IReadOnlyDictionary<string, IndicatorValue>>(() => DocumentMetrics.Compute(d, prior));
        var results = new List<RecheckResult>();
        foreach (var e in d.Evaluations.Where(e => e.Indicators.Count > 0))
        {
            results.Add(e.Kind == EvaluationKind.Rubric ? Rubric(e, metrics.Value) : Table(e));
        }

        return results;
    }

    private static RecheckResult Rubric(DocEvaluation e, IReadOnlyDictionary<string, IndicatorValue> metrics)
    {
        var system = IndicatorSystems.All
            .Select(s => (System: s, Hits: e.Indicators.Count(i => Leaf(s, i) is not null)))
            .Where(x => x.Hits * 2 > e.Indicators.Count)
            .MaxBy(x => x.Hits).System;
        var differences = new List<ScoreDifference>();
        var kept = new List<string>();
        decimal total = 0;
        foreach (var i in e.Indicators)
        {
            var published = i.Score?.Value ?? 0;
            var leaf = system is null ? null : Leaf(system, i);
            var weight = i.Weight?.Value ?? leaf?.Weight ?? 0;
            var value = leaf?.Metric is { } metric ? metrics.GetValueOrDefault(metric) : null;
            var result = leaf?.Rule switch
            {
                CompositeRule c => c.Score(weight, m => metrics.GetValueOrDefault(m)),
                { } rule when value is not null => rule.Score(weight, value),
                _ => null,
            };
            if (leaf is null || result is null)
            {
                total += published;
                kept.Add($"{i.Name}：{(leaf is null ? "体系中没有此指标" : leaf.Rule is null ? "评分标准需人工判断" : $"文中没有“{leaf.Metric ?? "各分项"}”的数据")}");
                continue;
            }

            total += result.Score;
            if (result.Score != published)
            {
                differences.Add(new ScoreDifference(i.Name, published, result.Score, i.Location, $"{leaf.Criteria}。{value?.Evidence}：{result.Explanation}"));
            }
        }

        return new RecheckResult(e.Title, system?.Name, e.Total?.Value, total, differences, kept, e.Location);
    }

    private static IndicatorNode? Leaf(IndicatorSystem s, Indicator i)
    {
        var matches = s.Leaves().Where(l => l.Leaf.Matches(i.Name)).ToList();
        return matches.Count <= 1
            ? matches.FirstOrDefault().Leaf
            : matches.FirstOrDefault(l => l.Path.Contains(IndicatorNode.Normalize(i.Level2), StringComparison.Ordinal)).Leaf ?? matches[0].Leaf;
    }

    /// <summary>A self-evaluation table: 执行率 × 分值 from the fund block; numeric indicators by ratio to target.</summary>
    private static RecheckResult Table(DocEvaluation e)
    {
        var system = IndicatorSystems.Find(e.Kind == EvaluationKind.ProjectSelfEvaluation ? "national-project" : "department-overall");
        var differences = new List<ScoreDifference>();
        var kept = new List<string>();
        decimal total = 0;
        foreach (var i in e.Indicators)
        {
            var published = i.Score?.Value ?? 0;
            var result = i.Weight is { } w ? Rescore(e, i, w.Value) : null;
            if (result is null)
            {
                total += published;
                kept.Add($"{i.Name}：定性指标或缺少可比的数值");
                continue;
            }

            total += result.Score;
            if (result.Score != published)
            {
                differences.Add(new ScoreDifference(i.Name, published, result.Score, i.Location, result.Explanation));
            }
        }

        return new RecheckResult(e.Title, system?.Name, e.Total?.Value, total, differences, kept, e.Location);
    }

    private static ScoreResult? Rescore(DocEvaluation e, Indicator i, decimal weight)
    {
        if (i.Level1 == "预算执行率" && e.Fund is { FullYearBudget: { Value: > 0 } budget, Executed: { } executed })
        {
            var rate = executed.Value / budget.Value * 100;
            var r = new RateRule().Score(weight, IndicatorValue.Of(rate, string.Empty))!;
            return r with { Explanation = $"执行数 {executed} ÷ 全年预算数 {budget} = {rate:0.##}%；{r.Explanation}" };
        }

        if (TargetValue.TryParse(i.Target, out var target) && TargetValue.TryParse(i.Actual, out var actual) && target.Unit == actual.Unit && !target.Qualitative)
        {
            var rule = new RatioRule { Target = target.Number, Reverse = target.Reverse };
            var r = rule.Score(weight, IndicatorValue.Of(actual.Number, string.Empty));
            return r is null ? null : r with { Explanation = $"年度指标值 {i.Target}，实际完成值 {i.Actual}（{(target.Reverse ? "反向" : "正向")}）：{r.Explanation}" };
        }

        return null;
    }
}
