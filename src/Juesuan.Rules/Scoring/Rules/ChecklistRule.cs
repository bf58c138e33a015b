namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// Checklist deductions: "每少一项扣1分，扣完为止" — the value is the number of items missing (or
/// violations found); each costs <see cref="Per"/> points, down to zero.
/// </summary>
public sealed record ChecklistRule : ScoringRule
{
    /// <summary>The items, for the explanation.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Points per missing item.</summary>
    public decimal Per { get; init; } = 1;

    /// <inheritdoc />
    public override ScoreResult? Score(decimal weight, IndicatorValue value)
    {
        if (value.Number is not { } missing || missing < 0)
        {
            return null;
        }

        var score = Clamp(weight - (missing * Per), weight);
        return new ScoreResult(score, $"缺 {F(missing)} 项 × {F(Per)} 分，得 {F(score)}");
    }
}
