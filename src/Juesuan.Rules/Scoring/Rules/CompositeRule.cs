namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// An indicator scored in parts, each with its own measure and rule ("①编制并上报政府采购预算
/// 0.5分；②追加时编制采购预算 0.5分；③政府采购执行率=100% 计1分，每少一个百分点扣0.1分"). The
/// score is the sum of the parts; a part without data leaves the whole indicator unscored.
/// </summary>
public sealed record CompositeRule : ScoringRule
{
    /// <summary>The parts.</summary>
    public IReadOnlyList<RulePart> Parts { get; init; } = [];

    /// <summary>A composite rule needs its parts' values: see <see cref="Score(decimal, Func{string, IndicatorValue?})"/>.</summary>
    public override ScoreResult? Score(decimal weight, IndicatorValue value) => null;

    /// <summary>Scores each part from its own metric.</summary>
    public ScoreResult? Score(decimal weight, Func<string, IndicatorValue?> lookup)
    {
        decimal total = 0;
        var steps = new List<string>();
        foreach (var part in Parts)
        {
            if (lookup(part.Metric) is not { } v || part.Rule.Score(part.Weight, v) is not { } r)
            {
                return null;
            }

            total += r.Score;
            steps.Add($"{part.Name} {F(r.Score)}/{F(part.Weight)}（{r.Explanation}）");
        }

        return new ScoreResult(Clamp(total, weight), string.Join("；", steps));
    }
}

/// <summary>One part of a <see cref="CompositeRule"/>.</summary>
/// <param name="Name">What the part measures.</param>
/// <param name="Weight">Its points.</param>
/// <param name="Metric">The metric (or entered value) it reads.</param>
/// <param name="Rule">How it is scored.</param>
public sealed record RulePart(string Name, decimal Weight, string Metric, ScoringRule Rule);
