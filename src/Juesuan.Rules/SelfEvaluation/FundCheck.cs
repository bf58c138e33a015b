using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Claims;
using Juesuan.Rules.Evaluation;

namespace Juesuan.Rules.SelfEvaluation;

/// <summary>
/// Within one file: the department self-evaluation's fund figures (全年执行数, 基本支出,
/// 项目支出, 上年/年初结转) against the final-accounts tables (支出决算表 合计, 总表 年初结转和结余).
/// </summary>
internal static class FundCheck
{
    public static void Run(CheckContext context)
    {
        var d = context.Document;
        if (d.Table(TableKind.Expenditure) is null)
        {
            return;
        }

        foreach (var e in d.Evaluations.Where(e => e.Kind == EvaluationKind.DepartmentSelfEvaluation && e.Fund is not null))
        {
            var fund = e.Fund!;
            var pairs = new List<(string Label, Domain.Amounts.Amount? Printed, TableFigure? Table)>
            {
                ("全年执行数", fund.Executed, TableFigure.Cell(d, TableKind.Expenditure, "合计", "本年支出合计")),
            };
            foreach (var (label, value) in fund.Breakdown)
            {
                if (label is "基本支出" or "项目支出")
                {
                    pairs.Add((label, value, TableFigure.Cell(d, TableKind.Expenditure, "合计", label)));
                }
                else if (label.Contains("结转", StringComparison.Ordinal))
                {
                    pairs.Add((label, value, TableFigure.Cell(d, TableKind.IncomeExpenditureSummary, "年初结转和结余", "决算数", "收入")));
                }
            }

            foreach (var (label, printed, table) in pairs)
            {
                if (printed is not { } p || table is null)
                {
                    continue;
                }

                if (Interval.Of(p).Overlaps(table.Interval) || (table.Interval.Value == 0 && p.Value == 0))
                {
                    context.Pass();
                    continue;
                }

                context.Report(BuiltInRules.Fund, fund.Location, CheckMessages.FundMismatch(label, p.ToString(), table.Interval.Format()), table.Interval.Value, p.Value, inputs: table.Inputs);
            }
        }
    }
}
