using System.Diagnostics;
using Juesuan.Documents.Reading;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Claims;

namespace Juesuan.Bench;

/// <summary>
/// <c>profile FILE</c>: where the audit of one document spends its time — each group of checks,
/// and the eight slowest rules. A rough loop timer for finding hot spots, not a benchmark.
/// </summary>
internal static class CheckProfile
{
    public static void Run(string path)
    {
        var d = DisclosureReader.Read(path).Disclosure!;
        void T(string name, Action a)
        {
            for (var i = 0; i < 300; i++)
            {
                a();
            }

            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 300; i++)
            {
                a();
            }

            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {sw.Elapsed.TotalMilliseconds / 300:F3} ms"));
        }
        T("split", () => NarrativeSentence.Split(d.Narrative));
        var s = NarrativeSentence.Split(d.Narrative);
        T("claims", () => new TextClaimCheck(new CheckContext(d), s).Run());
        T("scores", () => Juesuan.Rules.SelfEvaluation.ScoreStatementCheck.Run(new CheckContext(d), s));
        T("selfeval", () => Juesuan.Rules.SelfEvaluation.SelfEvaluationCheck.Run(new CheckContext(d)));
        T("leftovers", () => Juesuan.Rules.Leftovers.LeftoverCheck.Run(new CheckContext(d)));
        T("completeness", () => Juesuan.Rules.Completeness.CompletenessCheck.Run(new CheckContext(d)));
        T("all", () => new Checker().Check(d));
        var times = new List<(string, double)>();
        foreach (var rule in RuleSet.Default.Rules)
        {
            var ev = new Juesuan.Rules.Evaluation.RuleEvaluator(d);
            for (var i = 0; i < 200; i++)
            {
                _ = ev.Evaluate(rule).Count();
            }

            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 200; i++)
            {
                _ = ev.Evaluate(rule).Count();
            }

            times.Add((rule.Id, sw.Elapsed.TotalMilliseconds / 200));
        }
        Console.WriteLine("rules total " + times.Sum(t => t.Item2).ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (id, t) in times.OrderByDescending(t => t.Item2).Take(8))
        {
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {id} {t:F4}"));
        }
    }
}
