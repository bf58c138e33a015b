using Juesuan.Domain.Diagnostics;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Evaluations;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// A scoring rubric (部门整体支出绩效评价指标体系): rows of 一级, 二级 with its 分值, 三级
/// indicator, 分值, 评分标准, 指标解释, 得分. Recognised by shape: a column of scoring rules
/// ("…计2分…扣0.3分…"). Columns are placed relative to that column.
/// </summary>
internal static class RubricExtractor
{
    public static bool Matches(IReadOnlyList<LayoutRow> rows) => CriteriaColumn(rows) is not null;

    public static Evaluation Extract(string title, IReadOnlyList<LayoutRow> rows, Juesuan.Domain.Diagnostics.SourceLocation location)
    {
        var c = CriteriaColumn(rows)!.Value;
        var width = rows.GroupBy(r => r.Cells.Count).MaxBy(g => g.Count())!.Key;
        var indicators = new List<Indicator>();
        var groups = new List<IndicatorGroup>();
        string level1 = string.Empty, level2 = string.Empty;
        Amount? total = null, totalWeight = null;
        SourceLocation? totalAt = null;
        foreach (var row in rows)
        {
            var cells = row.Cells;
            var first = cells.Select(x => CellText.Compact(x.Text)).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
            if (first is "合计" or "总分" or "总计")
            {
                var numbers = cells.Select(x => CellValues.Loose(x.Text)).Where(a => a is not null).ToList();
                total = numbers.Count > 0 ? numbers[^1] : null;
                totalWeight = numbers.Count > 1 ? numbers[0] : null;
                totalAt = cells.LastOrDefault(x => CellValues.Loose(x.Text) is not null)?.Location;
                continue;
            }

            if (first is "一级指标" || cells.Any(x => CellText.Compact(x.Text) == "评分标准"))
            {
                continue;
            }

            // Place columns around this row's own scoring rule when it has one: rows lose
            // merged cells on either side of it.
            var own = Enumerable.Range(0, cells.Count).Where(i => IsCriteria(cells[i].Text)).DefaultIfEmpty(-1).First();
            var shift = own >= 0 ? c - own : FallbackShift(cells, c, width);
            string At(int col) => col - shift >= 0 && col - shift < cells.Count && col >= 0 ? cells[col - shift].Text : string.Empty;
            var l1 = Undouble(CellText.Compact(At(c - 5)));
            if (l1.Length > 0)
            {
                level1 = l1;
            }

            var l2 = Undouble(CellText.Compact(At(c - 4)));
            if (l2.Length > 0 && CellValues.Loose(l2) is null)
            {
                level2 = l2;
                groups.Add(new IndicatorGroup(2, l2, level1, CellValues.Loose(At(c - 3)), null, row.Location));
            }

            var name = CellText.Compact(At(c - 2));
            var weight = CellValues.Loose(At(c - 1));
            var score = CellValues.Loose(cells[^1].Text);
            if (name.Length == 0 || (weight is null && score is null))
            {
                continue;
            }

            var explanation = c + 1 - shift < cells.Count - 1 ? CellText.Clean(At(c + 1)) : string.Empty;
            indicators.Add(new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Weight = weight,
                Score = score,
                Criteria = CellText.Clean(At(c)),
                Explanation = explanation.Length == 0 ? null : explanation,
                Location = row.Location,
            });
        }

        return new Evaluation
        {
            Kind = EvaluationKind.Rubric,
            Title = title,
            Total = total,
            TotalLocation = totalAt,
            TotalWeight = totalWeight,
            Indicators = indicators,
            Groups = groups,
            Location = location,
        };
    }

    // Without a scoring rule in the row, the shift that puts a number under 分值 and a name before it.
    private static int FallbackShift(IReadOnlyList<LayoutCell> cells, int c, int width)
    {
        foreach (var shift in new[] { 0, width - cells.Count })
        {
            int W(int col) => col - shift;
            if (W(c - 1) >= 0 && W(c - 1) < cells.Count && W(c - 2) >= 0
                && CellValues.Loose(cells[W(c - 1)].Text) is not null && CellValues.Loose(cells[W(c - 2)].Text) is null)
            {
                return shift;
            }
        }

        return width - cells.Count;
    }

    // A merged cell split over a page prints its text twice ("过程\n过程").
    private static string Undouble(string text) =>
        text.Length % 2 == 0 && text.Length > 0 && text[..(text.Length / 2)] == text[(text.Length / 2)..] ? text[..(text.Length / 2)] : text;

    private static int? CriteriaColumn(IReadOnlyList<LayoutRow> rows)
    {
        var votes = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (IsCriteria(row.Cells[i].Text))
                {
                    var fromEnd = row.Cells.Count - i;
                    votes[fromEnd] = votes.GetValueOrDefault(fromEnd) + 1;
                    break;
                }
            }
        }

        if (votes.Count == 0 || votes.Values.Max() < 3)
        {
            return null;
        }

        var width = rows.GroupBy(r => r.Cells.Count).MaxBy(g => g.Count())!.Key;
        var c = width - votes.MaxBy(v => v.Value).Key;
        return c >= 2 ? c : null;
    }

    private static bool IsCriteria(string text)
    {
        var t = CellText.Compact(text);
        return t.Length >= 8 && t.Contains('分', StringComparison.Ordinal)
            && (t.Contains('扣', StringComparison.Ordinal) || t.Contains("计", StringComparison.Ordinal) || t.Contains("得分", StringComparison.Ordinal) || t.Contains("不得分", StringComparison.Ordinal));
    }
}
