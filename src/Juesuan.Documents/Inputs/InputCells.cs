using System.Globalization;
using ClosedXML.Excel;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Inputs;

/// <summary>Reads input cells culture-invariantly and collects a diagnostic for each one that cannot be taken.</summary>
internal sealed class InputCells(string path)
{
    private readonly List<Diagnostic> diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public void Error(string sheetCell, string message) => diagnostics.Add(DiagnosticCodes.BadInput(path, sheetCell, message));

    /// <summary>The cell's text: numbers in invariant form, blank as empty.</summary>
    public static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number when !cell.HasFormula => ((decimal)cell.GetDouble()).ToString(CultureInfo.InvariantCulture),
        _ when cell.HasFormula => string.Empty,
        _ => cell.GetString().Trim(),
    };

    /// <summary>An amount (万元); blank is null, not zero.</summary>
    public decimal? Amount(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            // A formula typed into an input cell counts with the value Excel saved for it.
            return Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture) is { Length: > 0 } cached
                ? ParseAmount(cached, cell.Worksheet.Name, cell.Address.ToString()!)
                : Unreadable(cell, "公式没有保存计算结果（请在 Excel 中打开并保存后再试）");
        }

        if (cell.IsEmpty())
        {
            return null;
        }

        if (cell.DataType == XLDataType.Number)
        {
            // Excel stores binary doubles; amounts are printed to the cent.
            return decimal.Round((decimal)cell.GetDouble(), 6);
        }

        return ParseAmount(cell.GetString(), cell.Worksheet.Name, cell.Address.ToString()!);
    }

    private decimal? Unreadable(IXLCell cell, string message)
    {
        Error($"{cell.Worksheet.Name}!{cell.Address}", message);
        return null;
    }

    public decimal? ParseAmount(string text, string sheet, string where)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Error($"{sheet}!{where}", $"“{text}”不是金额");
        return null;
    }

    public int? Count(IXLCell cell) => cell.IsEmpty() ? null : ParseCount(Text(cell), cell.Worksheet.Name, cell.Address.ToString()!);

    public int? ParseCount(string text, string sheet, string where)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            return n;
        }

        Error($"{sheet}!{where}", $"“{text}”不是非负整数");
        return null;
    }

    /// <summary>Label → value of a two-column sheet (blank values left out).</summary>
    public Dictionary<string, string> KeyValues(XLWorkbook wb, string sheet)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!wb.TryGetWorksheet(sheet, out var ws))
        {
            Error(sheet + "!A1", $"缺少工作表“{sheet}”");
            return values;
        }

        for (var r = InputWorkbookSchema.FirstRow; r <= (ws.LastRowUsed()?.RowNumber() ?? 0); r++)
        {
            var label = ws.Cell(r, 1).GetString().Trim();
            var value = Text(ws.Cell(r, 2));
            if (label.Length > 0 && value.Length > 0)
            {
                values[label] = value;
            }
        }

        return values;
    }

    /// <summary>An amount printed to at least two decimals.</summary>
    public static Amount Printed(decimal v) => Domain.Amounts.Amount.Of(v, Math.Max(2, (int)((decimal.GetBits(v)[3] >> 16) & 0xFF)));
}
