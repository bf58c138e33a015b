using System.Globalization;

namespace Juesuan.Rules.Scoring;

/// <summary>
/// The measured value of an indicator: a number (percentages as percent, 135 for 135%), a
/// qualitative 档次 ("优秀"), a count (of missing items or violations), or a statement that the
/// indicator does not apply. Where it came from is kept for the explanation.
/// </summary>
public sealed record IndicatorValue
{
    /// <summary>A number.</summary>
    public decimal? Number { get; init; }

    /// <summary>A qualitative grade.</summary>
    public string? Grade { get; init; }

    /// <summary>The indicator does not apply (the system may re-weight).</summary>
    public bool NotApplicable { get; init; }

    /// <summary>Where the value comes from ("文中“预算执行率为135%”，第 29 行").</summary>
    public string Evidence { get; init; } = string.Empty;

    /// <summary>A number with its evidence.</summary>
    public static IndicatorValue Of(decimal number, string evidence) => new() { Number = number, Evidence = evidence };

    /// <summary>A grade with its evidence.</summary>
    public static IndicatorValue OfGrade(string grade, string evidence) => new() { Grade = grade, Evidence = evidence };

    /// <inheritdoc />
    public override string ToString() =>
        NotApplicable ? "不适用" : Grade ?? Number?.ToString(CultureInfo.InvariantCulture) ?? "（无）";
}
