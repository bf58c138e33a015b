using Juesuan.Documents.Layout;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Interpretation;

/// <summary>Recognises part headings ("第三部分 … 情况说明", "名词解释", "绩效自评报告") and section headings.</summary>
internal static class DocumentSections
{
    /// <summary>The part a heading opens, or null when the text is not a part heading.</summary>
    public static DocumentPart? PartOf(string text, string? next)
    {
        var t = CellText.Compact(text);
        if (t.Length > 50)
        {
            return null;
        }

        if (t.Contains("名词解释", StringComparison.Ordinal) && t.Length <= 20)
        {
            return DocumentPart.Glossary;
        }

        if (t.Contains("绩效", StringComparison.Ordinal)
            && (t.EndsWith("报告", StringComparison.Ordinal) || (next is not null && CellText.Compact(next) == "报告")))
        {
            return DocumentPart.EvaluationReport;
        }

        if (t.Contains("部分", StringComparison.Ordinal) && t.StartsWith('第'))
        {
            // A heading wrapped onto a second short line ("…部门决算" + "情况说明").
            if (next is not null && CellText.Compact(next).Length <= 6)
            {
                t += CellText.Compact(next);
            }

            if (t.Contains("情况说明", StringComparison.Ordinal))
            {
                return DocumentPart.Explanation;
            }

            if (t.Contains("概况", StringComparison.Ordinal))
            {
                return DocumentPart.Overview;
            }

            if (t.Contains("决算表", StringComparison.Ordinal))
            {
                return DocumentPart.FinalAccountsTables;
            }

            if (t.Contains("附件", StringComparison.Ordinal))
            {
                return DocumentPart.EvaluationReport;
            }
        }

        if ((t.EndsWith("部门决算情况说明", StringComparison.Ordinal) || t.EndsWith("决算情况说明", StringComparison.Ordinal)) && t.Length <= 24)
        {
            return DocumentPart.Explanation;
        }

        return null;
    }

    /// <summary>True for a section heading: "三、支出决算情况说明", "（一）…", "1.…" when short.</summary>
    public static bool IsHeading(string text)
    {
        var t = CellText.Compact(text);
        if (t.Length is 0 or > 40 || t.EndsWith('。'))
        {
            return false;
        }

        var stripped = Juesuan.Domain.Classification.CatalogNames.StripListNumber(t);
        return stripped.Length < t.Length || t.StartsWith("第", StringComparison.Ordinal) && t.Contains("部分", StringComparison.Ordinal);
    }
}
