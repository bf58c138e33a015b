using Juesuan.Domain.Evaluations;
using Juesuan.Rules.Scoring.Rules;
using DocEvaluation = Juesuan.Domain.Evaluations.Evaluation;

namespace Juesuan.Rules.Scoring;

/// <summary>
/// The national self-evaluation forms fix only the first level (预算执行率, 产出, 效益, 满意度 …);
/// the indicators under it are each project's own. This fills a form system with a document's
/// indicators: numeric ones scored by ratio to their 年度指标值 (反向 when the target reads ≤),
/// the rest by the score the document gives them, marked as needing a person's judgement.
/// </summary>
public static class FormExpansion
{
    /// <summary>The system with the evaluation's indicators as leaves, and the published scores of the qualitative ones.</summary>
    public static (IndicatorSystem System, IReadOnlyDictionary<string, decimal> Qualitative) Expand(IndicatorSystem form, DocEvaluation e)
    {
        var qualitative = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var groups = new List<IndicatorNode>();
        foreach (var group in e.Indicators.GroupBy(i => i.Level1))
        {
            var template = form.Indicators.FirstOrDefault(n => n.Matches(group.Key));
            var leaves = new List<IndicatorNode>();
            foreach (var i in group)
            {
                var weight = i.Weight?.Value ?? 0;
                if (i.Level1 == "预算执行率")
                {
                    leaves.Add(new IndicatorNode { Name = i.Name, Weight = weight, Metric = "预算执行率", Rule = new RateRule(), Criteria = template?.Criteria });
                    continue;
                }

                if (TargetValue.TryParse(i.Target, out var target) && TargetValue.TryParse(i.Actual, out var actual) && target.Unit == actual.Unit)
                {
                    leaves.Add(new IndicatorNode { Name = i.Name, Weight = weight, Metric = "实际完成值：" + i.Name, Rule = new RatioRule { Target = target.Number, Reverse = target.Reverse }, Criteria = "定量指标按完成比例计分" });
                    continue;
                }

                leaves.Add(new IndicatorNode { Name = i.Name, Weight = weight, Criteria = "定性指标" });
                if (i.Score is { } s)
                {
                    qualitative[$"{group.Key}/{i.Name}"] = s.Value;
                }
            }

            groups.Add(group.Key == "预算执行率" && leaves.Count == 1
                ? leaves[0] with { Name = "预算执行率" }
                : new IndicatorNode { Name = group.Key, Weight = leaves.Sum(l => l.Weight), Children = leaves });
        }

        return (form with { Indicators = groups }, qualitative);
    }

    /// <summary>The 实际完成值 of the numeric indicators, as values for the expanded system.</summary>
    public static IEnumerable<KeyValuePair<string, IndicatorValue>> Actuals(DocEvaluation e) =>
        e.Indicators
            .Where(i => TargetValue.TryParse(i.Actual, out _))
            .Select(i =>
            {
                TargetValue.TryParse(i.Actual, out var a);
                return new KeyValuePair<string, IndicatorValue>("实际完成值：" + i.Name, IndicatorValue.Of(a.Number, $"实际完成值 {i.Actual}（年度指标值 {i.Target}）"));
            });
}
