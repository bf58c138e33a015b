using System.Globalization;

namespace Juesuan.Domain.Amounts;

/// <summary>
/// A printed figure: its value and the number of decimals it was printed with.
/// "16.9" and "16.90" are equal in value but carry different precision; rounding checks
/// read the precision to know which interval the printed figure stands for.
/// </summary>
public readonly record struct Amount : IComparable<Amount>
{
    private Amount(decimal value, int scale)
    {
        Value = value;
        Scale = scale;
    }

    /// <summary>The value as printed.</summary>
    public decimal Value { get; }

    /// <summary>Decimals printed (0 for "235", 2 for "235.81").</summary>
    public int Scale { get; }

    /// <summary>Half a unit of the last printed digit: the rounding radius.</summary>
    public decimal Radius => 0.5m / Pow10(Scale);

    /// <summary>Lowest value this printed figure may stand for.</summary>
    public decimal Lower => Value - Radius;

    /// <summary>Highest value this printed figure may stand for.</summary>
    public decimal Upper => Value + Radius;

    /// <summary>Creates an amount from a value and its printed precision.</summary>
    public static Amount Of(decimal value, int scale)
    {
        if (scale is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be 0..10.");
        }

        return new Amount(decimal.Round(value, scale, MidpointRounding.AwayFromZero), scale);
    }

    /// <summary>Creates an amount whose precision is the scale of the decimal itself.</summary>
    public static Amount Of(decimal value) => Of(value, value.Scale);

    /// <summary>Parses a printed number ("2,940.05", "－0.5", "235.81 ") culture-invariantly.</summary>
    public static bool TryParse(string? text, out Amount amount)
    {
        amount = default;
        if (!NumberText.TryNormalize(text, out var normalized, out var scale))
        {
            return false;
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        amount = new Amount(value, scale);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>; for tests and literals.</summary>
    public static Amount Parse(string text) =>
        TryParse(text, out var amount) ? amount : throw new FormatException($"Not a number: '{text}'.");

    /// <summary>True when the interval of this figure overlaps the interval [lower, upper].</summary>
    public bool CanEqual(decimal lower, decimal upper) => Lower <= upper && lower <= Upper;

    /// <inheritdoc />
    public int CompareTo(Amount other) => Value.CompareTo(other.Value);

    /// <summary>The figure as printed, with its precision and invariant digits.</summary>
    public override string ToString() => Value.ToString("F" + Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Converts to another unit (元 ↔ 万元) keeping the significant precision.</summary>
    public Amount ConvertTo(AmountUnit from, AmountUnit to)
    {
        if (from == to)
        {
            return this;
        }

        return from == AmountUnit.Yuan
            ? new Amount(Value / 10000m, Scale + 4)
            : new Amount(Value * 10000m, Math.Max(0, Scale - 4));
    }

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }
}
