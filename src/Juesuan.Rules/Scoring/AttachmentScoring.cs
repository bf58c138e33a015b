using System.Globalization;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
namespace Juesuan.Rules.Scoring;

/// <summary>
/// Scores the self-evaluation attachment with the Score engine before it is written: the form's
/// indicators are expanded into the national form system (<see cref="FormExpansion"/>); a numeric
/// indicator left blank gets its rule's score (完成比例, 预算执行率 from the figures), one scored
/// above its rule is brought down to it, and a lower score (the preparer's deduction) and the
/// qualitative ones stay as entered; 总分 and 等次 follow. So the attachment cannot award points
/// against its own rule, and its total always adds up.
/// </summary>
public static class AttachmentScoring
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>
    /// The figures with their self-evaluation scored, one line per score the rule filled in or
    /// brought down, and a one-line summary (null when there is no self-evaluation).
    /// </summary>
    public static (Disclosure Figures, IReadOnlyList<string> Changes, string? Summary) Score(Disclosure figures)
    {
        var index = figures.Evaluations.ToList().FindIndex(e => e.Kind is EvaluationKind.DepartmentSelfEvaluation or EvaluationKind.ProjectSelfEvaluation);
        if (index < 0 || figures.Evaluations[index].Indicators.Count == 0)
        {
            return (figures, [], null);
        }

        var form = figures.Evaluations[index];
        var system = IndicatorSystems.Find(form.Kind == EvaluationKind.ProjectSelfEvaluation ? "national-project" : "department-overall")!;
        var (expanded, qualitative) = FormExpansion.Expand(system, form);
        var values = new Dictionary<string, IndicatorValue>(DocumentMetrics.Compute(figures), StringComparer.Ordinal);
        foreach (var (k, v) in FormExpansion.Actuals(form))
        {
            values.TryAdd(k, v);
        }

        var result = Scorer.Score(expanded, values, null, qualitative);
        var byPath = result.Indicators.ToDictionary(i => i.Path, StringComparer.Ordinal);
        var changes = new List<string>();
        var indicators = form.Indicators.Select(i =>
        {
            var path = i.Level1 == "预算执行率" && form.Indicators.Count(o => o.Level1 == "预算执行率") == 1 ? "预算执行率" : $"{i.Level1}/{i.Name}";
            // A score below the rule's is the preparer's deduction and stays; one above it is
            // awarded against the rule (what check reports as SE-RULE) and is brought down.
            if (!byPath.TryGetValue(path, out var scored) || scored.Score is not { } s || (i.Score is { } entered && entered.Value <= s))
            {
                return i;
            }

            var printed = Amount.Of(s, s == decimal.Truncate(s) ? 0 : 2);
            changes.Add(i.Score is { } old
                ? $"{i.Name}：录入得分 {old}，按规则应为 {printed}（{scored.Explanation}），已按规则计分"
                : $"{i.Name}：按规则计分 {printed}（{scored.Explanation}）");
            return i with { Score = printed };
        }).ToList();

        // The total is printed to the precision of the scores it adds up.
        Amount? total = indicators.All(i => i.Score is not null)
            ? Amount.Of(indicators.Sum(i => i.Score!.Value.Value), indicators.Max(i => i.Score!.Value.Scale))
            : null;

        var grade = total is { } g ? system.GradeOf(g.Value) is { Length: > 0 } band ? band : Grades.Of(g.Value) : form.Grade;
        var scoredForm = form with { Indicators = indicators, Total = total ?? form.Total, Grade = grade };
        var evaluations = figures.Evaluations.ToList();
        evaluations[index] = scoredForm;
        var summary = total is { } tt
            ? string.Create(C, $"绩效自评：按“{system.Title}”计分，总分 {tt}，等次“{grade}”")
            : "绩效自评：有未评分的指标，总分未计";
        return (figures with { Evaluations = evaluations }, changes, summary);
    }
}
