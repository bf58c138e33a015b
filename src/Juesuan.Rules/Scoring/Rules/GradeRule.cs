namespace Juesuan.Rules.Scoring.Rules;

/// <summary>Qualitative 档次 mapped to shares of the weight: "优秀 3分；良好 2分；合格 1分；不合格 0分".</summary>
public sealed record GradeRule : ScoringRule
{
    /// <summary>档次 → share of the weight.</summary>
    public IReadOnlyDictionary<string, decimal> Shares { get; init; } = new Dictionary<string, decimal>();

    /// <inheritdoc />
    public override ScoreResult? Score(decimal weight, IndicatorValue value)
    {
        if (value.Grade is not { } grade)
        {
            return null;
        }

        foreach (var (name, share) in Shares)
        {
            if (grade.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(grade, StringComparison.Ordinal))
            {
                return new ScoreResult(Clamp(share * weight, weight), $"档次“{grade}”得分值的 {F(share * 100)}%");
            }
        }

        return null;
    }
}
