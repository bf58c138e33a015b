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
        var capped = rate > Cap ? $"（超过 {F(Cap)}% 按 {F(Cap)}% 计）" : string.Empty;
        return new ScoreResult(Clamp(share * weight, weight), $"{F(decimal.Round(rate, 2))}%{capped} × {F(weight)} = {F(Clamp(share * weight, weight))}");
    }
}
