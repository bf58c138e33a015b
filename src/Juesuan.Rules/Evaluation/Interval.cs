using System.Globalization;
using Juesuan.Domain.Amounts;

namespace Juesuan.Rules.Evaluation;

/// <summary>
/// The set of true values a printed figure (or a computation on printed figures) can stand
/// for, with the value computed from the printed figures themselves. Two intervals
/// "agree" when they overlap — the XBRL Calculations 1.1 idea: an identity fails only
/// when no choice of true values within the printed precision can satisfy it.
/// </summary>
public readonly record struct Interval(decimal Lower, decimal Upper, decimal Value)
{
    /// <summary>An exact value (a literal, a count).</summary>
    public static Interval Exact(decimal value) => new(value, value, value);

    /// <summary>The interval a printed figure stands for, at least <paramref name="minScale"/> decimals precise.</summary>
    /// <remarks>Tables print "15.7" for 15.70; the table's own precision (2 decimals in 万元) is the real one.</remarks>
    public static Interval Of(Amount amount, int minScale = 0)
    {
        var scale = Math.Max(amount.Scale, minScale);
        var radius = 0.5m / Pow10(scale);
        return new Interval(amount.Value - radius, amount.Value + radius, amount.Value);
    }

    /// <summary>Half the width.</summary>
    public decimal Radius => (Upper - Lower) / 2;

    /// <summary>True when some value lies in both intervals.</summary>
    public bool Overlaps(Interval other) => Lower <= other.Upper && other.Lower <= Upper;

    /// <summary>Interval sum.</summary>
    public static Interval operator +(Interval a, Interval b) => new(a.Lower + b.Lower, a.Upper + b.Upper, a.Value + b.Value);

    /// <summary>Interval difference.</summary>
    public static Interval operator -(Interval a, Interval b) => new(a.Lower - b.Upper, a.Upper - b.Lower, a.Value - b.Value);

    /// <summary>Negation.</summary>
    public static Interval operator -(Interval a) => new(-a.Upper, -a.Lower, -a.Value);

    /// <summary>Interval product.</summary>
    public static Interval operator *(Interval a, Interval b)
    {
        decimal[] p = [a.Lower * b.Lower, a.Lower * b.Upper, a.Upper * b.Lower, a.Upper * b.Upper];
        return new Interval(p.Min(), p.Max(), a.Value * b.Value);
    }

    /// <summary>Interval quotient; null when the divisor may be zero (the rule cannot be checked).</summary>
    public static Interval? Divide(Interval a, Interval b)
    {
        if (b.Lower <= 0 && b.Upper >= 0)
        {
            return null;
        }

        decimal[] q = [a.Lower / b.Lower, a.Lower / b.Upper, a.Upper / b.Lower, a.Upper / b.Upper];
        return new Interval(q.Min(), q.Max(), b.Value == 0 ? q.Average() : a.Value / b.Value);
    }

    /// <summary>Absolute value.</summary>
    public Interval Abs() => Lower >= 0 ? this : Upper <= 0 ? -this : new Interval(0, Math.Max(-Lower, Upper), Math.Abs(Value));

    /// <summary>The value for display, with the two decimals money is printed with ("39.80").</summary>
    public string Format() =>
        decimal.Round(Value, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

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
