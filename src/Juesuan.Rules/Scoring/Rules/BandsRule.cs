namespace Juesuan.Rules.Scoring.Rules;

/// <summary>
/// Bands and thresholds: the first band holding the value gives its points (or its share of the
/// weight). "≥90% 2分；80%（含）-90% 1分；低于80%不得分" is three bands; "完成率&lt;1 计2分，=1 计1分，
/// &gt;1 不得分" is three bands on 100.
/// </summary>
public sealed record BandsRule : ScoringRule
{
    /// <summary>The bands, checked in order.</summary>
    public IReadOnlyList<Band> Bands { get; init; } = [];

    /// <inheritdoc />
    public override ScoreResult? Score(decimal weight, IndicatorValue value)
    {
        if (value.Number is not { } v)
        {
            return null;
        }

        foreach (var band in Bands)
        {
            if (band.Holds(v))
            {
                var points = band.Points ?? (band.Share ?? 0) * weight;
                return new ScoreResult(Clamp(points, weight), $"{F(v)} 属于 {band}，得 {F(Clamp(points, weight))}");
            }
        }

        return new ScoreResult(0, $"{F(v)} 不在任何档次内，得 0");
    }
}

/// <summary>One band: bounds (null = open) with inclusiveness, and the points or share it gives.</summary>
public sealed record Band
{
    /// <summary>Lower bound.</summary>
    public decimal? Min { get; init; }

    /// <summary>Lower bound included.</summary>
    public bool MinInclusive { get; init; } = true;

    /// <summary>Upper bound.</summary>
    public decimal? Max { get; init; }

    /// <summary>Upper bound included.</summary>
    public bool MaxInclusive { get; init; }

    /// <summary>Points given.</summary>
    public decimal? Points { get; init; }

    /// <summary>Share of the weight given (when <see cref="Points"/> is not set).</summary>
    public decimal? Share { get; init; }

    /// <summary>True when <paramref name="v"/> is in the band.</summary>
    public bool Holds(decimal v) =>
        (Min is not { } lo || (MinInclusive ? v >= lo : v > lo)) && (Max is not { } hi || (MaxInclusive ? v <= hi : v < hi));

    /// <inheritdoc />
    public override string ToString()
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var lo = Min is { } a ? (MinInclusive ? "[" : "(") + a.ToString("0.####", c) : "(−∞";
        var hi = Max is { } b ? b.ToString("0.####", c) + (MaxInclusive ? "]" : ")") : "+∞)";
        return $"{lo}, {hi}";
    }
}
