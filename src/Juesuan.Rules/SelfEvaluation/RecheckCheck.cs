using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Evaluations;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Scoring;

namespace Juesuan.Rules.SelfEvaluation;

/// <summary>
/// Scores awarded against the evaluation's own rules, found by the scoring engine
/// (<see cref="Rechecker"/>): an error for a rubric's own 评分标准, a warning for the national
/// forms' generic rule (quantitative indicators by ratio to target).
/// </summary>
internal static class RecheckCheck
{
    public static void Run(CheckContext context)
    {
        var rechecked = Rechecker.Recheck(context.Document);
        foreach (var (result, evaluation) in rechecked.Zip(context.Document.Evaluations.Where(e => e.Indicators.Count > 0)))
        {
            var severity = evaluation.Kind == EvaluationKind.Rubric ? Severity.Error : Severity.Warning;
            foreach (var d in result.Differences)
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
