using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;

namespace Juesuan.Documents.Interpretation;

/// <summary>Reads numbers, percentages, codes and labels out of cell texts.</summary>
internal static class CellValues
{
    /// <summary>A plain amount ("235.81", "2,940.05"); null for blanks and text.</summary>
    public static Amount? Amount(string text) =>
        Juesuan.Domain.Amounts.Amount.TryParse(text, out var a) ? a : null;

    /// <summary>An amount that may carry a unit or mark: "4分", "100%", "235.8万元", "≥95".</summary>
    public static Amount? Loose(string text)
    {
        var t = CellText.Compact(text).TrimStart('≥', '≤', '>', '<', '＞', '＜').TrimEnd('%', '％', '分', '元', '万', '人', '次', '个', '项');
        if (t.EndsWith("万", StringComparison.Ordinal))
        {
            t = t[..^1];
        }

        return Amount(t);
    }

    /// <summary>True when the text is a number, perhaps with a percent sign.</summary>
    public static bool IsNumeric(string text) => Loose(text) is not null && Amount(CellText.Compact(text).TrimEnd('%', '％')) is not null;

    /// <summary>A function code in one cell, or split over up to three cells ("201","06","01").</summary>
    public static ClassificationCode? LeadingCode(IReadOnlyList<LayoutCell> cells, ClassificationKind kind, out int consumed)
    {
        consumed = 0;
        if (cells.Count == 0)
        {
            return null;
        }

        var first = CellText.Compact(cells[0].Text);
        if (ClassificationCode.TryParse(kind, first, out var code))
        {
            consumed = 1;
            if (kind == ClassificationKind.Function && first.Length == 3 && cells.Count > 1 && IsTwoDigits(cells[1].Text))
            {
                var joined = first + CellText.Compact(cells[1].Text);
                consumed = 2;
                if (cells.Count > 2 && IsTwoDigits(cells[2].Text))
                {
                    joined += CellText.Compact(cells[2].Text);
                    consumed = 3;
                }

                return ClassificationCode.Function(joined);
            }

            return code;
        }

        return null;
    }

    private static bool IsTwoDigits(string text)
    {
        var t = CellText.Compact(text);
        return t.Length == 2 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]);
    }

    /// <summary>"合计", "总计", "合  计" and the like.</summary>
    public static bool IsTotalLabel(string text)
    {
        var t = CellText.Compact(text);
        return t is "合计" or "总计" or "合计数";
    }

    /// <summary>A group weight in a label: "产出指标\n(50分)" → 50.</summary>
    public static Amount? WeightInLabel(string text, out string label)
    {
        var t = CellText.Compact(text);
        label = t;
        var open = t.IndexOfAny(['(', '（']);
        if (open < 0)
        {
            return null;
        }

        var close = t.IndexOfAny([')', '）'], open);
        var inner = close > open ? t[(open + 1)..close] : t[(open + 1)..];
        label = t[..open];
        return inner.EndsWith('分') ? Amount(inner[..^1]) : null;
    }
}
