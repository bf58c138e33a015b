using System.Text.Json.Serialization;

namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// How an indicator's value becomes points. Rules are data: they are read from the indicator
/// system files by their "kind". Scoring never throws: a value the rule cannot use gives null
/// (the indicator is then not scored, never silently given points).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(RatioRule), "ratio")]
[JsonDerivedType(typeof(DeductionRule), "deduction")]
[JsonDerivedType(typeof(BandsRule), "bands")]
[JsonDerivedType(typeof(ChecklistRule), "checklist")]
[JsonDerivedType(typeof(GradeRule), "grade")]
[JsonDerivedType(typeof(RateRule), "rate")]
[JsonDerivedType(typeof(CompositeRule), "composite")]
public abstract record ScoringRule
{
    /// <summary>Points for <paramref name="value"/> out of <paramref name="weight"/>, or null when the value does not fit the rule.</summary>
    public abstract ScoreResult? Score(decimal weight, IndicatorValue value);

    /// <summary>Clamps to [0, weight] and rounds to the two decimals scores are printed with.</summary>
    protected static decimal Clamp(decimal score, decimal weight) =>
        decimal.Round(Math.Clamp(score, 0, weight), 2, MidpointRounding.AwayFromZero);

    /// <summary>Invariant formatting for explanations.</summary>
    protected static string F(decimal v) => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
