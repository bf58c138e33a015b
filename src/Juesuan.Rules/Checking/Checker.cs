using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Binding;
using Juesuan.Rules.Claims;
using Juesuan.Rules.Completeness;
using Juesuan.Rules.Evaluation;
using Juesuan.Rules.Leftovers;
using Juesuan.Rules.SelfEvaluation;

namespace Juesuan.Rules.Checking;

/// <summary>
/// Audits a parsed disclosure: the rule files (tables, cross-tables, completeness), the text
/// claims, the self-evaluation arithmetic, template leftovers, and the reader's own
/// diagnostics. Thread-safe: one checker can audit many documents in parallel.
/// </summary>
public sealed class Checker
{
    private readonly RuleSet _rules;

    /// <summary>Creates a checker with the shipped rules or a given set.</summary>
    public Checker(RuleSet? rules = null) => _rules = rules ?? RuleSet.Default;

    /// <summary>Audits one document.</summary>
    public CheckReport Check(Disclosure document)
    {
        var context = new CheckContext(document);
        var notChecked = new List<NotChecked>();
        var passed = RunRules(document, context.Findings, notChecked);

        var sentences = NarrativeSentence.Split(document.Narrative);
        new TextClaimCheck(context, sentences).Run();
        ScoreStatementCheck.Run(context, sentences);
        SelfEvaluationCheck.Run(context);
        RecheckCheck.Run(context);
        FundCheck.Run(context);
        LeftoverCheck.Run(context);
        if (IsFinalAccounts(document))
        {
            CompletenessCheck.Run(context);
        }

        var findings = document.Diagnostics
            .Where(d => d.Code != "JS0101")
            .Select(d => new Finding { Rule = d.Code, Severity = d.Severity, Message = d.Message, Location = d.Location, Title = "读取" })
            .Concat(context.Findings)
            .OrderBy(f => f.Location.Line ?? f.Location.Page ?? int.MaxValue)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        notChecked.AddRange(context.Skipped(Title));
        if (findings.Count == 0 && passed + context.Passed == 0)
        {
            // Silence here means nothing was compared, not that everything agreed.
            findings.Add(new Finding
            {
                Rule = BuiltInRules.Nothing.Id, Severity = BuiltInRules.Nothing.Severity, Message = BuiltInRules.Nothing.Title,
                Location = SourceLocation.OfFile(document.Path), Title = BuiltInRules.Nothing.Title, Explanation = BuiltInRules.Nothing.Explain,
            });
        }

        return new CheckReport
        {
            Path = document.Path,
            Department = document.Department,
            Year = document.Year,
            Findings = findings,
            NotChecked = notChecked,
            Passed = passed + context.Passed,
        };
    }

    /// <summary>A 部门决算 document: it has a standard table or its text has 情况说明 / 决算表 parts.</summary>
    public static bool IsFinalAccounts(Disclosure d) =>
        d.Tables.Any(t => TableKinds.Standard.Contains(t.Kind)) || (d.Parts & (DocumentPart.FinalAccountsTables | DocumentPart.Explanation)) != 0;

    private int RunRules(Disclosure document, List<Finding> findings, List<NotChecked> notChecked)
    {
        var evaluator = new RuleEvaluator(document);
        var finalAccounts = IsFinalAccounts(document);
        var selfEvaluation = document.Evaluations.Count > 0;
        var gaps = new Dictionary<string, List<RuleOutcome>>(StringComparer.Ordinal);
        var passed = 0;
        foreach (var rule in _rules.Rules)
        {
            if (!Applies(rule, document, finalAccounts, selfEvaluation))
            {
                continue;
            }

            string? firstReason = null;
            var skipped = 0;
            foreach (var outcome in evaluator.Evaluate(rule))
            {
                switch (outcome.Status)
                {
                    case OutcomeStatus.Passed:
                        passed++;
                        break;
                    case OutcomeStatus.RoundingGap:
                        passed++;
                        var cells = outcome.Comparison?.LeftCells ?? [];
                        var table = cells.Count > 0 ? TableNames.ShortName(cells[0].Table.Kind) : rule.Id;
                        (gaps.TryGetValue(table, out var list) ? list : gaps[table] = []).Add(outcome);
                        break;
                    case OutcomeStatus.Failed:
                        findings.Add(RuleFindings.From(outcome, document.Path));
                        break;
                    case OutcomeStatus.NotChecked:
                        firstReason ??= outcome.Reason ?? string.Empty;
                        skipped++;
                        break;
                }
            }

            if (firstReason is not null)
            {
                notChecked.Add(new NotChecked(rule.Id, rule.Title, skipped > 1 ? $"{firstReason}等" : firstReason, null, skipped));
            }
        }

        findings.AddRange(gaps.Select(g => RuleFindings.Rounding(g.Key, g.Value, document.Path)));
        return passed;
    }

    private static bool Applies(CompiledRule rule, Disclosure d, bool finalAccounts, bool selfEvaluation)
    {
        var kind = rule.DocumentKind switch
        {
            "决算" => finalAccounts,
            "自评" => selfEvaluation,
            _ => true,
        };
        return kind && (d.Year is not { } y || ((rule.FirstYear is null || y >= rule.FirstYear) && (rule.LastYear is null || y <= rule.LastYear)));
    }

    private static string Title(string id) =>
        BuiltInRules.All.FirstOrDefault(r => r.Id == id)?.Title ?? id;
}
