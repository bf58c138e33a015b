using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Evaluations;
using DocEvaluation = Juesuan.Domain.Evaluations.Evaluation;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Evaluation;
using Juesuan.Rules.Scoring;
using Juesuan.Rules.Scoring.Rules;

namespace Juesuan.Rules.SelfEvaluation;

/// <summary>
/// The arithmetic of self-evaluation tables and score breakdowns: leaf 分值 against group 分值
/// and the total, 得分 within 分值, Σ 得分 against 总分, 执行率 and its score, and narrative
/// breakdowns that must add up. Scores are intervals of their printed precision (at least 0.01).
/// </summary>
internal static class SelfEvaluationCheck
{
    public static void Run(CheckContext context)
    {
        foreach (var e in context.Document.Evaluations)
        {
            switch (e.Kind)
            {
                case EvaluationKind.DepartmentSelfEvaluation or EvaluationKind.ProjectSelfEvaluation or EvaluationKind.Rubric:
                    Weights(context, e);
                    Scores(context, e);
                    StatedGrade(context, e);
                    if (e.Fund is { } fund)
                    {
                        ExecutionRate(context, fund);
                    }

                    break;
                case EvaluationKind.NarrativeBreakdown:
                    Breakdown(context, e);
                    break;
            }
        }
    }

    private static Interval Score(Amount a) => Interval.Of(a, 2);

    private static void Weights(CheckContext context, DocEvaluation e)
    {
        foreach (var g in e.Groups.Where(g => g.Level == 1 && g.Weight is not null))
        {
            var leaves = e.Indicators.Where(i => Same(i.Level1, g.Name) && i.Weight is not null).ToList();
            if (leaves.Count == 0)
            {
                context.Skip(BuiltInRules.Weights.Id, $"“{g.Name}”下没有读到指标分值");
                continue;
            }

            var sum = leaves.Sum(i => i.Weight!.Value.Value);
            if (sum == g.Weight!.Value.Value)
            {
                context.Pass();
                continue;
            }

            context.Report(BuiltInRules.Weights, g.Location, CheckMessages.GroupWeight(g.Name, g.Weight.Value.Value, sum), g.Weight.Value.Value, sum, inputs: Inputs(leaves, i => i.Weight));
        }

        var weighted = e.Indicators.Where(i => i.Weight is not null).ToList();
        if (e.Kind != EvaluationKind.Rubric && weighted.Count > 0 && (e.TotalWeight ?? (e.Total is null ? null : Amount.Of(100, 0))) is { } total)
        {
            var sum = weighted.Sum(i => i.Weight!.Value.Value);
            if (sum == total.Value)
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.Weights, e.TotalLocation ?? e.Location, CheckMessages.TotalWeight(total.Value, sum), total.Value, sum, inputs: Inputs(weighted, i => i.Weight));
            }
        }
    }

    private static void Scores(CheckContext context, DocEvaluation e)
    {
        foreach (var i in e.Indicators)
        {
            if (i.Score is not { } score || i.Weight is not { } weight)
            {
                continue;
            }

            if (score.Value > weight.Value || score.Value < 0)
            {
                context.Report(BuiltInRules.ScoreCap, i.Location, CheckMessages.ScoreOverWeight(i.Name, score.ToString(), weight.ToString()), weight.Value, score.Value);
            }
            else
            {
                context.Pass();
            }
        }

        var scored = e.Indicators.Where(i => i.Score is not null).ToList();
        if (e.Total is not { } total || scored.Count == 0)
        {
            context.Skip(BuiltInRules.Total.Id, "自评表没有总分或各项得分");
            return;
        }

        var sum = scored.Select(i => Score(i.Score!.Value)).Aggregate((a, b) => a + b);
        if (sum.Overlaps(Score(total)))
        {
            context.Pass();
            return;
        }

        context.Report(BuiltInRules.Total, e.TotalLocation ?? e.Location, CheckMessages.TotalScore(total.ToString(), sum.Format()), sum.Value, total.Value, $"Σ 得分 = {sum.Format()}", Inputs(scored, i => i.Score));
    }

    /// <summary>A grade printed in the table itself must follow its total.</summary>
    private static void StatedGrade(CheckContext context, DocEvaluation e)
    {
        if (e.Grade is not { Length: > 0 } grade || e.Total is not { } total || grade[0] is not ('优' or '良' or '中' or '差'))
        {
            return;
        }

        var expected = ScoreStatementCheck.Band(total.Value);
        if (grade[0].ToString() == expected)
        {
            context.Pass();
        }
        else
        {
            context.Report(BuiltInRules.Grade, e.Location, CheckMessages.GradeWrong(grade, total.ToString(), expected));
        }
    }

    private static void ExecutionRate(CheckContext context, FundBlock fund)
    {
        if (fund.FullYearBudget is not { } budget || fund.Executed is not { } executed)
        {
            context.Skip(BuiltInRules.ExecutionRate.Id, "自评表没有全年预算数或全年执行数");
            return;
        }

        if (Interval.Divide(Interval.Of(executed), Interval.Of(budget)) is not { } ratio)
        {
            context.Skip(BuiltInRules.ExecutionRate.Id, CheckMessages.ZeroDenominator);
            return;
        }

        var rate = ratio * Interval.Exact(100);
        if (fund.ExecutionRate is { } printed)
        {
            if (Interval.Of(printed).Overlaps(rate) || (printed.Value == 100 && rate.Lower >= 100))
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.ExecutionRate, fund.Location, CheckMessages.RateWrong(budget.ToString(), executed.ToString(), printed.ToString(), rate.Format()), decimal.Round(rate.Value, 2), printed.Value);
            }
        }

        if (fund.Score is { } score && fund.Weight is { } weight)
        {
            // The scoring engine's rule (执行率 × 分值, capped), at both ends of the rate's interval.
            var rule = new RateRule();
            decimal At(decimal r) => rule.Score(weight.Value, IndicatorValue.Of(r, string.Empty))!.Score;
            var expected = new Interval(At(rate.Lower), At(rate.Upper), At(rate.Value));
            if (Score(score).Overlaps(expected))
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.ExecutionRate, fund.Location, CheckMessages.RateScoreWrong(score.ToString(), expected.Format(), weight.ToString()), decimal.Round(expected.Value, 2), score.Value);
            }
        }
    }

    private static void Breakdown(CheckContext context, DocEvaluation e)
    {
        var tops = e.Groups.Where(g => g.Level == 1 && g.Score is not null).ToList();
        if (e.Total is { } total && tops.Count > 1)
        {
            var sum = tops.Select(g => Score(g.Score!.Value)).Aggregate((a, b) => a + b);
            if (sum.Overlaps(Score(total)))
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.Breakdown, e.TotalLocation ?? e.Location, CheckMessages.BreakdownSum("总得分", total.ToString(), sum.Format()), sum.Value, total.Value);
            }
        }

        foreach (var top in tops)
        {
            var children = e.Groups.Where(g => g.Level == 2 && g.Parent == top.Name && g.Score is not null).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            var sum = children.Select(g => Score(g.Score!.Value)).Aggregate((a, b) => a + b);
            if (sum.Lower <= Score(top.Score!.Value).Upper)
            {
                context.Pass();
                continue;
            }

            context.Report(BuiltInRules.Breakdown, children[0].Location, CheckMessages.BreakdownOver(top.Name, top.Score.Value.ToString(), sum.Format()), top.Score.Value.Value, sum.Value);
        }
    }

    private static bool Same(string a, string b) =>
        Domain.Classification.CatalogNames.Normalize(a) == Domain.Classification.CatalogNames.Normalize(b);

    private static List<FindingInput> Inputs(IEnumerable<Indicator> indicators, Func<Indicator, Amount?> value) =>
        [.. indicators.Select(i => new FindingInput(i.Name, value(i)?.ToString() ?? string.Empty, i.Location))];
}
