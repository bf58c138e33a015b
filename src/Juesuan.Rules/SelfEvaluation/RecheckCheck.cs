using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Evaluations;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Scoring;

namespace Juesuan.Rules.SelfEvaluation;

/// <summary>
/// Scores awarded against the evaluation's own rules, found by the scoring engine
/// (<see cref="Rechecker"/>): an error for a rubric's own 评分标准 (either way), a warning when
/// a national form gives a quantitative indicator more than its ratio to target allows (fewer
/// points is the preparer's judgement of quality and is left to them).
/// </summary>
internal static class RecheckCheck
{
    public static void Run(CheckContext context)
    {
        var rechecked = Rechecker.Recheck(context.Document);
        foreach (var (result, evaluation) in rechecked.Zip(context.Document.Evaluations.Where(e => e.Indicators.Count > 0)))
        {
            var rubric = evaluation.Kind == EvaluationKind.Rubric;
            var severity = rubric ? Severity.Error : Severity.Warning;
            foreach (var d in result.Differences.Where(d => rubric || d.Published > d.Recomputed))
            {
                context.Report(BuiltInRules.ScoreRule, d.Location, CheckMessages.ScoreAgainstRule(d.Indicator, d.Published, d.Recomputed), d.Recomputed, d.Published, d.Explanation, severity: severity);
            }

            if (result.Differences.Count == 0)
            {
                context.Pass();
            }
        }
    }
}
