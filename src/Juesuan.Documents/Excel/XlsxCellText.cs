using System.Globalization;
using ClosedXML.Excel;
using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Excel;

/// <summary>The text a spreadsheet cell shows, culture-invariantly.</summary>
internal static class XlsxCellText
{
    /// <summary>
    /// The cleaned text of the cell. Numbers follow <see cref="XlsxNumberFormat.Display"/>;
    /// formulas give their cached result (never recalculated: a formula without one reads as
    /// empty); dates print as yyyy-MM-dd (with the time when there is one); booleans as
    /// TRUE/FALSE. A value the library cannot convert reads as empty.
    /// </summary>
    /// <param name="cell">The cell.</param>
    /// <param name="isNumber">True when the cell holds a number (or a numeric formula result).</param>
    public static string Of(IXLCell cell, out bool isNumber)
    {
        isNumber = false;
        try
        {
            var formula = cell.HasFormula;
            var raw = formula ? cell.CachedValue : cell.Value;
            switch (raw)
            {
                case double d:
                    isNumber = true;
                    return Number(cell, d);
                case string s when formula && LooksNumeric(s, out var v):
                    isNumber = true;
                    return Number(cell, v);
                case string s:
                    return CellText.Clean(s);
                case DateTime dt:
                    return dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                case bool b:
                    return b ? "TRUE" : "FALSE";
                case TimeSpan ts:
                    return ts.ToString("c", CultureInfo.InvariantCulture);
                case null:
                    return string.Empty;
                default:
                    return CellText.Clean(Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException or InvalidOperationException)
        {
            // e.g. a date serial out of range in a damaged file: the cell is unreadable, not the workbook
            return string.Empty;
        }
    }

    private static string Number(IXLCell cell, double value)
    {
        var format = cell.Style.NumberFormat;
        return XlsxNumberFormat.Display(value, format.NumberFormatId, format.Format);
    }

    /// <summary>A cached formula result stored as a plain invariant number ("3.0000000000000004").</summary>
    private static bool LooksNumeric(string s, out double value)
    {
        value = 0;
        if (s.Length is 0 or > 40 || s.AsSpan().IndexOfAnyExcept("0123456789.-+Ee") >= 0)
        {
            return false;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
