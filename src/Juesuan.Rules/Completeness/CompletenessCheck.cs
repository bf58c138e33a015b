using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Checking;

namespace Juesuan.Rules.Completeness;

/// <summary>
/// Required parts of 情况说明 (the sections every 部门决算 explains) and the 三公 counts that
/// must accompany non-zero 三公 spending. Required tables are rules C01–C09 in the rule files.
/// </summary>
internal static class CompletenessCheck
{
    private static readonly (string Name, string[] Words, bool Heading)[] Sections =
    [
        ("收入支出决算总体情况", ["收入支出决算总体情况"], true),
        ("收入决算情况", ["收入决算情况"], true),
        ("支出决算情况", ["支出决算情况"], true),
        ("财政拨款收入支出决算总体情况", ["财政拨款收入支出决算总体情况"], true),
        ("一般公共预算财政拨款支出决算情况", ["一般公共预算财政拨款支出决算情况", "一般公共预算财政拨款支出决算总体情况"], false),
        ("一般公共预算财政拨款基本支出决算情况", ["基本支出决算情况"], false),
        ("“三公”经费支出决算情况", ["三公"], false),
        ("机关运行经费", ["机关运行经费"], false),
        ("政府采购", ["政府采购"], false),
        ("国有资产占用情况", ["国有资产"], false),
        ("预算绩效情况", ["绩效"], false),
    ];

    public static void Run(CheckContext context)
    {
        var explanation = context.Document.Narrative.Where(p => p.Part.HasFlag(DocumentPart.Explanation)).ToList();
        if (explanation.Count == 0)
        {
            context.Skip(BuiltInRules.Section.Id, "文件中没有情况说明，文字未检查");
            return;
        }

        var headings = explanation.Select(p => p.Text.Trim()).Where(t => t.Length <= 60).Select(t => CatalogNames.StripListNumber(t).TrimStart('关', '于')).ToList();
        var at = explanation[0].Location;
        foreach (var (name, words, heading) in Sections)
        {
            var present = headings.Any(h => words.Any(w => heading ? h.StartsWith(w, StringComparison.Ordinal) : h.Contains(w, StringComparison.Ordinal)));
            if (present)
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.Section, at, CheckMessages.MissingSection(name));
            }
        }

        var threePublic = explanation.FirstOrDefault(p => p.Text.Contains("三公", StringComparison.Ordinal))?.Location ?? at;
        ThreePublicCounts(context, string.Join("\n", explanation.Select(p => p.Text)), threePublic);
    }

    private static void ThreePublicCounts(CheckContext context, string text, SourceLocation at)
    {
        var table = context.Document.Table(TableKind.ThreePublicExpenses);
        if (table is null)
        {
            return;
        }

        // Each count must be stated in a sentence about the item itself (团组 of a reception does not count for 出国).
        (string Row, string What, string About, Func<string, bool> Stated)[] required =
        [
            ("因公出国（境）费", "出国（境）团组数及人次", "出国", t => (t.Contains("团组", StringComparison.Ordinal) || t.Contains("批次", StringComparison.Ordinal) || t.Contains("个团", StringComparison.Ordinal)) && t.Contains('人', StringComparison.Ordinal)),
            ("公务用车购置费", "车辆购置数", "购置", t => t.Contains('辆', StringComparison.Ordinal)),
            ("公务用车运行维护费", "公务用车保有量", "车", t => t.Contains("保有", StringComparison.Ordinal) || t.Contains('辆', StringComparison.Ordinal)),
            ("公务接待费", "接待批次及人次", "接待", t => (t.Contains("批次", StringComparison.Ordinal) || t.Contains("团组", StringComparison.Ordinal) || t.Contains('批', StringComparison.Ordinal)) && t.Contains("人次", StringComparison.Ordinal)),
        ];
        var sentences = text.Split(['。', '；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var (row, what, about, stated) in required)
        {
            var amount = table.Row(row)?.Value("决算数");
            if (amount is not { Value: > 0 } a)
            {
                continue;
            }

            if (sentences.Any(x => x.Contains(about, StringComparison.Ordinal) && stated(x)))
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.ThreePublicCounts, at, CheckMessages.MissingCount(row, a.ToString(), what));
            }
        }
    }
}
