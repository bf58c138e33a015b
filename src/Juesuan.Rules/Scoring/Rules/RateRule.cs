namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// Rate × weight: "预算执行率 得分 = 执行率 × 分值" and "该项得分=重点工作完成率×2". The value is a
/// percentage; above <see cref="Cap"/> percent it scores full marks.
/// </summary>
public sealed record RateRule : ScoringRule
{
    /// <summary>Percentage giving full marks.</summary>
    public decimal Cap { get; init; } = 100;

    /// <inheritdoc />
    public override ScoreResult? Score(decimal weight, IndicatorValue value)
    {
        if (value.Number is not { } rate || Cap <= 0)
        {
            return null;
        }

        var share = Math.Min(rate, Cap) / Cap;
        return new ScoreResult(Clamp(share * weight, weight), $"{F(rate)}% × {F(weight)} = {F(share * weight)}（封顶 {F(weight)}）");
    }
}
