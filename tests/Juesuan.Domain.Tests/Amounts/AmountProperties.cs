using System.Globalization;
using FsCheck.Xunit;
using Juesuan.Domain.Amounts;

namespace Juesuan.Domain.Tests.Amounts;

public class AmountProperties
{
    [Property(MaxTest = 500)]
    public bool Parse_OfInvariantPrint_RoundTrips(decimal value)
    {
        var rounded = decimal.Round(value, 2);
        var text = rounded.ToString("F2", CultureInfo.InvariantCulture);
        return Amount.TryParse(text, out var a) && a.Value == rounded && a.ToString() == text;
    }

    [Property(MaxTest = 500)]
    public bool TryParse_AnyString_NeverThrows(string? text)
    {
        _ = Amount.TryParse(text, out _);
        return true;
    }
}
