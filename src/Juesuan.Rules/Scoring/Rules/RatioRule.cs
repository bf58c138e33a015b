namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// Ratio to target: 正向 (more is better) scores weight × actual ÷ target, 反向 (less is better)
/// weight × target ÷ actual; capped at the weight. A zero denominator scores <see cref="OnZero"/>
/// (as a share of the weight) — full marks for a 反向 indicator with nothing spent, say.
/// </summary>
public sealed record RatioRule : ScoringRule
{
    /// <summary>The target value.</summary>
    public decimal Target { get; init; }

    /// <summary>True for 反向 indicators.</summary>
    public bool Reverse { get; init; }

    /// <summary>Share of the weight when the denominator is zero.</summary>
    public decimal OnZero { get; init; } = 1;

    /// <inheritdoc />
    public override ScoreResult? Score(decimal weight, IndicatorValue value)
    {
        if (value.Number is not { } actual)
        {
            return null;
        }

        var (num, den) = Reverse ? (Target, actual) : (actual, Target);
        if (den == 0)
        {
            return new ScoreResult(Clamp(weight * OnZero, weight), $"分母为 0，按体系规定得 {F(OnZero * 100)}%");
        }

        var ratio = num / den;
        var capped = ratio > 1 ? $"，超过分值按 {F(weight)} 计" : string.Empty;
        return new ScoreResult(Clamp(weight * Math.Min(ratio, 1), weight), $"{F(num)} ÷ {F(den)} × {F(weight)} = {F(decimal.Round(weight * ratio, 2))}{capped}");
    }
}
