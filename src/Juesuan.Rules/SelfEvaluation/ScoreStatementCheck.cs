using System.Text.RegularExpressions;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Evaluations;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Claims;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.SelfEvaluation;

/// <summary>
/// Scores and grades stated in the text ("绩效自评得分98.78分，评价等级为“优秀”"): the grade
/// must follow the score's band, and the score must equal the total of the self-evaluation
/// table it speaks of (整体支出 → the department table, 项目 → the project table).
/// </summary>
internal static partial class ScoreStatementCheck
{
    public static void Run(CheckContext context, IReadOnlyList<NarrativeSentence> sentences)
    {
        foreach (var s in sentences)
        {
            var score = ScoreText().Match(s.Text);
            if (!score.Success || !Amount.TryParse(score.Groups["v"].Value, out var value))
            {
                continue;
            }

            var grade = GradeText().Match(s.Text, score.Index);
            if (grade.Success)
            {
                var stated = Band(grade.Groups["g"].Value);
                var expected = Band(value.Value);
                if (stated == expected)
                {
                    context.Pass();
                }
                else
                {
                    context.Report(BuiltInRules.Grade, s.Paragraph.Location, CheckMessages.GradeWrong(grade.Groups["g"].Value, value.ToString(), expected));
                }
            }

            var kind = s.Text.Contains("整体支出", StringComparison.Ordinal) ? EvaluationKind.DepartmentSelfEvaluation
                : s.Text.Contains("项目", StringComparison.Ordinal) ? EvaluationKind.ProjectSelfEvaluation
                : (EvaluationKind?)null;
            var tables = context.Document.Evaluations.Where(e => e.Kind == kind && e.Total is not null).ToList();
            if (kind == EvaluationKind.DepartmentSelfEvaluation && tables.Count == 0)
            {
                // A report that explains its score in words ("1、投入9.5分 …") instead of a table.
                tables = context.Document.Evaluations.Where(e => e.Kind == EvaluationKind.NarrativeBreakdown && e.Total is not null && e.TotalLocation != s.Paragraph.Location).ToList();
            }

            if (kind is null || tables.Count != 1)
            {
                continue;
            }

            var total = tables[0].Total!.Value;
            if (Interval.Of(value, 2).Overlaps(Interval.Of(total, 2)))
            {
                context.Pass();
            }
            else
            {
                context.Report(BuiltInRules.TextScore, s.Paragraph.Location, CheckMessages.ScoreInText(value + "分", total.ToString(), tables[0].Title), total.Value, value.Value);
            }
        }
    }

    /// <summary>The national grade bands (优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60), from the national-project system's data.</summary>
    internal static string Band(decimal total) => Scoring.IndicatorSystems.Find("national-project")!.GradeOf(total);

    private static string Band(string word) => word[0] switch
    {
        '优' => "优",
        '良' => "良",
        '中' => "中",
        _ => "差",
    };

    [GeneratedRegex(@"(?:自评|评价|综合)?得分(?:为|是)?\s*(?<v>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex ScoreText();

    [GeneratedRegex(@"等级(?:为|是|评定为)?[：:]?\s*[“""]?(?<g>优秀|优|良好|良|中等|中|差|不合格)")]
    private static partial Regex GradeText();
}
