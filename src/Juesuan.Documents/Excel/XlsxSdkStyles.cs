using DocumentFormat.OpenXml.Spreadsheet;

namespace Juesuan.Documents.Excel;

/// <summary>The parts of a workbook's cell formats that layout needs: number format and borders.</summary>
internal sealed class XlsxSdkStyles
{
    private static readonly CellStyle Default = new(0, null, false, false);
    private readonly List<CellStyle> formats;

    private XlsxSdkStyles(List<CellStyle> formats) => this.formats = formats;

    /// <summary>A cell format (xf) as layout sees it.</summary>
    /// <param name="FormatId">numFmtId.</param>
    /// <param name="FormatCode">The custom format code, null for a built-in format.</param>
    /// <param name="IsDate">The format shows a date or time.</param>
    /// <param name="Bordered">Any side has a border.</param>
    internal sealed record CellStyle(int FormatId, string? FormatCode, bool IsDate, bool Bordered);

    /// <summary>The style of xf index <paramref name="index"/>; the default style when out of range.</summary>
    public CellStyle Format(int index) => index >= 0 && index < formats.Count ? formats[index] : Default;

    /// <summary>Reads cellXfs, numFmts and borders.</summary>
    public static XlsxSdkStyles Of(Stylesheet? sheet)
    {
        if (sheet is null)
        {
            return new XlsxSdkStyles([]);
        }

        var codes = new Dictionary<uint, string>();
        foreach (var f in sheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (f.NumberFormatId is { HasValue: true } id && f.FormatCode?.Value is { } code)
            {
                codes[id.Value] = code;
            }
        }

        var borders = sheet.Borders?.Elements<Border>().Select(HasBorder).ToList() ?? [];
        var formats = new List<CellStyle>();
        foreach (var xf in sheet.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = xf.NumberFormatId is { HasValue: true } n ? n.Value : 0U;
            var code = codes.GetValueOrDefault(id);
            var borderId = xf.BorderId is { HasValue: true } b ? b.Value : 0U;
            var bordered = borderId < (uint)borders.Count && borders[(int)borderId];
            formats.Add(new CellStyle((int)Math.Min(id, int.MaxValue), code, XlsxDateFormat.IsDate((int)Math.Min(id, int.MaxValue), code), bordered));
        }

        return new XlsxSdkStyles(formats);
    }

    private static bool HasBorder(Border border) =>
        new BorderPropertiesType?[] { border.LeftBorder, border.RightBorder, border.TopBorder, border.BottomBorder }
            .Any(side => side?.Style is { HasValue: true } s && s.Value != BorderStyleValues.None);
}
