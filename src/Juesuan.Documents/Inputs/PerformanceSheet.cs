using ClosedXML.Excel;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Evaluations;

namespace Juesuan.Documents.Inputs;

/// <summary>The 绩效自评 sheet as a department self-evaluation: one indicator a row, total and grade summed here.</summary>
internal static class PerformanceSheet
{
    public static Evaluation? Read(IXLWorksheet ws, int year, string? department, InputCells cells)
    {
        var indicators = new List<Indicator>();
        var last = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = InputWorkbookSchema.FirstRow; r <= last; r++)
        {
            string T(int c) => InputCells.Text(ws.Cell(r, c));
            if (T(3).Length == 0)
            {
                continue;
            }

            var weight = cells.Amount(ws.Cell(r, 4));
            var score = cells.Amount(ws.Cell(r, 7));
            indicators.Add(new Indicator
            {
                Level1 = T(1),
                Level2 = T(2),
                Name = T(3),
                Target = NullIfEmpty(T(5)),
                Actual = NullIfEmpty(T(6)),
                Weight = weight is { } w ? Amount.Of(w, Scale(w)) : null,
                Score = score is { } s ? Amount.Of(s, Scale(s)) : null,
                Deviation = NullIfEmpty(T(8)),
                Location = new SourceLocation(),
            });
        }

        if (indicators.Count == 0)
        {
            return null;
        }

        var total = indicators.All(i => i.Score is not null) ? indicators.Sum(i => i.Score!.Value.Value) : (decimal?)null;
        return new Evaluation
        {
            Kind = EvaluationKind.DepartmentSelfEvaluation,
            Title = $"{year}年度部门（单位）整体支出绩效自评表",
            Subject = department,
            Indicators = indicators,
            Total = total is { } t ? Amount.Of(t, Scale(t)) : null,
            TotalWeight = Amount.Of(indicators.Sum(i => i.Weight?.Value ?? 0), 0),
            Grade = total is { } g ? Grades.Of(g) : null,
        };
    }

    private static int Scale(decimal v) => v == decimal.Truncate(v) ? 0 : Math.Min(2, (int)((decimal.GetBits(v)[3] >> 16) & 0xFF));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
