using System.Text.RegularExpressions;
using Juesuan.Domain.Classification;

namespace Juesuan.Rules.Claims;

/// <summary>Which part of 情况说明 a sentence is in, from the headings above it.</summary>
internal enum Topic
{
    /// <summary>Unknown section: only unambiguous subjects are resolved.</summary>
    None,

    /// <summary>收入支出决算总体情况.</summary>
    Overview,

    /// <summary>收入决算情况.</summary>
    Income,

    /// <summary>支出决算情况.</summary>
    Expenditure,

    /// <summary>财政拨款收入支出决算总体情况.</summary>
    GrantOverview,

    /// <summary>一般公共预算财政拨款支出决算情况.</summary>
    General,

    /// <summary>一般公共预算财政拨款基本支出决算情况.</summary>
    Basic,

    /// <summary>“三公”经费.</summary>
    ThreePublic,

    /// <summary>政府性基金 / 国有资本经营.</summary>
    Funds,
}

/// <summary>Classifies section headings.</summary>
internal static partial class Topics
{
    /// <summary>The topic of a sentence under heading <paramref name="top"/> and sub-heading <paramref name="sub"/>.</summary>
    public static Topic Of(string top, string sub)
    {
        var t = Strip(top);
        var u = Strip(sub);
        if (t.Contains("三公", StringComparison.Ordinal) || u.Contains("三公", StringComparison.Ordinal))
        {
            return Topic.ThreePublic;
        }

        if (t.Contains("基本支出决算", StringComparison.Ordinal))
        {
            return Topic.Basic;
        }

        if (t.Contains("政府性基金", StringComparison.Ordinal) || t.Contains("国有资本", StringComparison.Ordinal))
        {
            return Topic.Funds;
        }

        return t switch
        {
            _ when t.StartsWith("一般公共预算财政拨款支出", StringComparison.Ordinal) => Topic.General,
            _ when t.StartsWith("财政拨款收入支出决算", StringComparison.Ordinal) => Topic.GrantOverview,
            _ when t.StartsWith("收入支出决算", StringComparison.Ordinal) => Topic.Overview,
            _ when t.StartsWith("收入决算", StringComparison.Ordinal) => Topic.Income,
            _ when t.StartsWith("支出决算", StringComparison.Ordinal) => Topic.Expenditure,
            _ => Topic.None,
        };
    }

    private static string Strip(string heading) => Noise().Replace(CatalogNames.StripListNumber(heading.Trim()), string.Empty);

    [GeneratedRegex(@"^(关于)?(\d{4}\s*年度?)?(部门)?")]
    private static partial Regex Noise();
}
