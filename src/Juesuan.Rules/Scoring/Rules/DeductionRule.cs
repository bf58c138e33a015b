namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// Full marks within a limit, then a deduction per step beyond it, down to a floor: "≤0 计3分；
/// &gt;0，每超过一个百分点扣0.3分，扣完为止" is Limit 0, Above true, Per 0.3, Step 1.
/// "每少一个百分点扣0.1分" is Above false (the value should not fall below the limit).
/// </summary>
public sealed record DeductionRule : ScoringRule
{
    /// <summary>The limit.</summary>
    public decimal Limit { get; init; }

    /// <summary>True when exceeding the limit costs points; false when falling short does.</summary>
    public bool Above { get; init; } = true;

    /// <summary>Points deducted per step.</summary>
    public decimal Per { get; init; }

    /// <summary>Size of a step (1 = one percentage point).</summary>
    public decimal Step { get; init; } = 1;

    /// <summary>Count only whole steps ("每超过一个百分点" read strictly); false deducts pro rata.</summary>
    public bool WholeSteps { get; init; }

    /// <summary>Lowest score.</summary>
    public decimal Floor { get; init; }

    /// <inheritdoc />
    public override ScoreResult? Score(decimal weight, IndicatorValue value)
    {
        if (value.Number is not { } v || Step <= 0)
        {
            return null;
        }

        var excess = Above ? v - Limit : Limit - v;
        if (excess <= 0)
        {
            return new ScoreResult(Clamp(weight, weight), $"{F(v)} {(Above ? "≤" : "≥")} {F(Limit)}，得满分 {F(weight)}");
        }

        var steps = WholeSteps ? Math.Floor(excess / Step) : excess / Step;
        var score = Math.Max(Floor, weight - (steps * Per));
        return new ScoreResult(Clamp(score, weight), $"{(Above ? "超过" : "低于")} {F(Limit)} 共 {F(excess)}，扣 {F(steps)} × {F(Per)} = {F(steps * Per)} 分，得 {F(Clamp(score, weight))}");
    }
}
