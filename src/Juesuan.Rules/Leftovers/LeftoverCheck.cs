using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Rules.Checking;

namespace Juesuan.Rules.Leftovers;

/// <summary>
/// Template leftovers and slips in the text: placeholders (XX, ××, ……, 一是……), unchosen
/// alternatives (增（减）, 大于（小于）, 增减少), incomplete years ("202 年度") and years that are
/// stale for the report year ("2023年度部门决算" in a 2024 report).
/// </summary>
internal static partial class LeftoverCheck
{
    public static void Run(CheckContext context)
    {
        var year = context.Document.Year;
        foreach (var p in context.Document.Narrative)
        {
            Scan(context, p.Text, p.Location, year);
        }

        foreach (var e in context.Document.Evaluations)
        {
            foreach (var i in e.Indicators)
            {
                foreach (var text in new[] { i.Name, i.Target, i.Actual, i.Explanation })
                {
                    if (!string.IsNullOrEmpty(text))
                    {
                        Scan(context, text, i.Location, null);
                    }
                }
            }
        }
    }

    private static void Scan(CheckContext context, string text, SourceLocation at, int? year)
    {
        // One finding per paragraph and kind, counting the places, so a blank template stays readable.
        var span = text.AsSpan();
        var placeholders = span.IndexOfAny("XxＸｘ×….【") >= 0 ? Placeholder().Matches(text) : null;
        if (placeholders is { Count: > 0 })
        {
            context.Report(BuiltInRules.Placeholder, at, CheckMessages.Placeholder(Around(text, placeholders[0]), placeholders.Count));
        }

        var choices = span.IndexOfAny("（(增") >= 0 ? Choice().Matches(text) : null;
        if (choices is { Count: > 0 })
        {
            context.Report(BuiltInRules.TemplateChoice, at, CheckMessages.Choice(Around(text, choices[0]), choices.Count));
        }

        if (span.IndexOfAny("。，；、") >= 0 && Punctuation().Match(text) is { Success: true } punct)
        {
            context.Report(BuiltInRules.Typo, at, CheckMessages.RepeatedPunctuation(Around(text, punct)));
        }

        if (!span.Contains("20", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in BrokenYear().Matches(text))
        {
            context.Report(BuiltInRules.Year, at, CheckMessages.BrokenYear(m.Value.Trim()));
        }

        if (year is { } y)
        {
            foreach (Match m in ReportYear().Matches(text))
            {
                if (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) != y)
                {
                    context.Report(BuiltInRules.Year, at, CheckMessages.StaleYear(m.Value, y));
                }
            }
        }
    }

    /// <summary>The match with its clause around it (up to a few characters), so the reader can find it.</summary>
    private static string Around(string text, Match m)
    {
        ReadOnlySpan<char> stops = "，。；：、,;:";
        var start = Math.Max(0, m.Index - 8);
        var before = text.AsSpan(start, m.Index - start).LastIndexOfAny(stops);
        if (before >= 0)
        {
            start += before + 1;
        }

        var end = Math.Min(text.Length, m.Index + m.Length + 6);
        var after = text.AsSpan(m.Index + m.Length, end - m.Index - m.Length).IndexOfAny(stops);
        if (after >= 0)
        {
            end = m.Index + m.Length + after;
        }

        while (end < text.Length && text[end] == '…')
        {
            end++;
        }

        return text[start..end].Trim();
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,}|[XＸ]+%)(?![A-Za-z])|…{2,}|(?<=是[：:]?)…|\.{6,}|【待补充[^】]*】")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:增|减)[（(](?:增|减)[）)]|(?:增加|减少|增长|下降|降低|上升|大于|小于|高于|低于|超支|结余)[（(](?:增加|减少|增长|下降|降低|上升|大于|小于|高于|低于|超支|结余|等于)[）)]|增减(?=少|加)")]
    private static partial Regex Choice();

    [GeneratedRegex(@"。。|，，|；；|、、")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"(?<![\d０-９])20\d?\s+年度?|(?<![\d０-９])20\d年度?(?!\d)")]
    private static partial Regex BrokenYear();

    [GeneratedRegex(@"(?<y>20\d\d)\s*年度?(?:部门|单位)?决算(?!数)|截至\s*(?<y>20\d\d)\s*年\s*12\s*月\s*31\s*日|(?<y>20\d\d)\s*年度?(?:部门（单位）|部门|单位)?(?:整体支出|项目支出)绩效自评")]
    private static partial Regex ReportYear();
}
