namespace Juesuan.Domain.Amounts;

/// <summary>The money unit a table states in its header ("单位：万元").</summary>
public enum AmountUnit
{
    /// <summary>No unit was stated.</summary>
    Unknown = 0,

    /// <summary>元.</summary>
    Yuan,

    /// <summary>万元 (10,000 元), the usual unit of the public tables.</summary>
    WanYuan,
}

/// <summary>Text forms of <see cref="AmountUnit"/>.</summary>
public static class AmountUnitText
{
    /// <summary>The unit as printed ("元", "万元"), or null when unknown.</summary>
    public static string? ToChinese(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.WanYuan => "万元",
        _ => null,
    };

    /// <summary>Finds the unit in a header text such as "单位：万元" or "金额单位:元".</summary>
    public static AmountUnit FromHeader(string text)
    {
        var i = text.IndexOf("单位", StringComparison.Ordinal);
        if (i < 0)
        {
            return AmountUnit.Unknown;
        }

        var rest = text[(i + 2)..].TrimStart('：', ':', ' ', '\u3000', '\t');
        if (rest.StartsWith("万元", StringComparison.Ordinal))
        {
            return AmountUnit.WanYuan;
        }

        return rest.StartsWith('元') ? AmountUnit.Yuan : AmountUnit.Unknown;
    }
}
