using Juesuan.Domain.Diagnostics;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Evaluations;

namespace Juesuan.Documents.Interpretation;

/// <summary>
/// 整体支出 / 项目支出 绩效自评表: the 年度资金 block (columns found by their headings), the
/// indicator tree (一级/二级 carried down over merged cells), 总分 and 等次. The 预算执行率 of the
/// fund block is also listed as an indicator, since it is scored like one.
/// </summary>
internal static class SelfEvaluationExtractor
{
    /// <summary>True when a table has the indicator header of a self-evaluation table.</summary>
    public static bool Matches(IReadOnlyList<LayoutRow> rows) =>
        rows.Any(r => Has(r, "一级指标") && Has(r, "三级指标") && !Has(r, "评分标准"));

    public static Evaluation Extract(string title, IReadOnlyList<LayoutRow> rows, Juesuan.Domain.Diagnostics.SourceLocation location)
    {
        var kind = title.Contains("项目", StringComparison.Ordinal) || rows.Take(3).Any(r => Has(r, "项目支出名称") || Has(r, "项目名称"))
            ? EvaluationKind.ProjectSelfEvaluation
            : EvaluationKind.DepartmentSelfEvaluation;
        var fund = ReadFund(rows);
        var indicators = new List<Indicator>();
        var groups = new List<IndicatorGroup>();
        if (fund is { Weight: not null } || fund is { Score: not null })
        {
            indicators.Add(new Indicator
            {
                Level1 = "预算执行率",
                Name = "预算执行率",
                Actual = fund.ExecutionRate is { } r ? r + "%" : null,
                Weight = fund.Weight,
                Score = fund.Score,
                Location = fund.Location,
            });
        }

        Amount? total = null, totalWeight = null;
        SourceLocation? totalAt = null;
        string? grade = null;
        var headerIndex = rows.ToList().FindIndex(r => Has(r, "一级指标") && Has(r, "三级指标"));
        if (headerIndex >= 0)
        {
            var header = rows[headerIndex].Cells.Select(c => CellText.Compact(c.Text)).ToList();
            int Col(params string[] keys) => ColumnOf(header, keys);
            int l1 = Col("一级指标"), l2 = Col("二级指标"), l3 = Col("三级指标"), target = Col("指标值", "目标值", "预期"), actual = Col("完成值", "实际值", "实际完成");
            int weight = Col("分值"), score = Col("得分"), deviation = Col("偏差");
            string level1 = string.Empty, level2 = string.Empty;
            foreach (var row in rows.Skip(headerIndex + 1))
            {
                var cells = row.Cells;
                var first = cells.Select(c => CellText.Compact(c.Text)).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
                if (first.StartsWith("总分", StringComparison.Ordinal) || first.StartsWith("合计", StringComparison.Ordinal))
                {
                    var numbers = cells.Select(c => CellValues.Loose(c.Text)).Where(a => a is not null).ToList();
                    total = numbers.Count > 0 ? numbers[^1] : null;
                    totalWeight = numbers.Count > 1 ? numbers[0] : null;
                    totalAt = cells.LastOrDefault(c => CellValues.Loose(c.Text) is not null)?.Location;
                    continue;
                }

                if (first.Contains("等次", StringComparison.Ordinal) || first.Contains("等级", StringComparison.Ordinal))
                {
                    grade = cells.Select(c => CellText.Compact(c.Text)).Where(t => t.Length > 0).Skip(1).FirstOrDefault();
                    continue;
                }

                // Rows shorter than the header lost their leading merged cells: align right.
                var shift = header.Count - cells.Count;
                string At(int col) => col - shift >= 0 && col - shift < cells.Count && col >= 0 ? cells[col - shift].Text : string.Empty;
                LayoutCell? CellAt(int col) => col - shift >= 0 && col - shift < cells.Count && col >= 0 ? cells[col - shift] : null;

                var w1 = CellValues.WeightInLabel(At(l1), out var label1);
                if (label1.Length > 0)
                {
                    level1 = label1;
                    groups.Add(new IndicatorGroup(1, label1, string.Empty, w1, null, CellAt(l1)!.Location));
                }

                var label2 = CellText.Compact(At(l2));
                if (label2.Length > 0)
                {
                    level2 = label2;
                }

                var name = CellText.Compact(At(l3));
                var indicator = new Indicator
                {
                    Level1 = level1,
                    Level2 = level2,
                    Name = name,
                    Target = NullIfBlank(At(target)),
                    Actual = NullIfBlank(At(actual)),
                    Weight = CellValues.Loose(At(weight)),
                    Score = CellValues.Loose(At(score)),
                    Deviation = NullIfBlank(At(deviation)),
                    Location = CellAt(l3)?.Location ?? row.Location,
                };
                if (name.Length > 0 && name is not ("无" or "……" or "…") && (indicator.Weight is not null || indicator.Score is not null || indicator.Target is not null))
                {
                    indicators.Add(indicator);
                }
            }
        }

        return new Evaluation
        {
            Kind = kind,
            Title = title,
            Subject = Subject(rows),
            Total = total,
            TotalLocation = totalAt,
            TotalWeight = totalWeight,
            Grade = grade,
            Fund = fund,
            Indicators = indicators,
            Groups = groups,
            Location = location,
        };
    }

    private static FundBlock? ReadFund(IReadOnlyList<LayoutRow> rows)
    {
        var headerIndex = rows.ToList().FindIndex(r => Has(r, "年初预算") && (Has(r, "执行数") || Has(r, "全年执行")));
        if (headerIndex < 0)
        {
            return null;
        }

        var header = rows[headerIndex].Cells.Select(c => CellText.Compact(c.Text)).ToList();
        int Col(params string[] keys) => ColumnOf(header, keys);
        var totalRow = rows.Skip(headerIndex + 1).FirstOrDefault(r => Has(r, "年度资金总额") || Has(r, "资金总额"));
        var breakdown = new List<KeyValuePair<string, Amount?>>();
        foreach (var row in rows.Skip(headerIndex + 1).TakeWhile(r => !Has(r, "年度总体目标") && !Has(r, "一级指标")))
        {
            if (row == totalRow)
            {
                continue;
            }

            var numeric = row.Cells.Select((c, i) => (c, i)).Where(x => CellValues.Amount(x.c.Text) is not null).ToList();
            foreach (var cell in row.Cells)
            {
                var t = CellText.Compact(cell.Text).Replace("其中：", string.Empty, StringComparison.Ordinal);
                var colon = t.IndexOf('：', StringComparison.Ordinal);
                if (colon > 0 && !t.StartsWith("按", StringComparison.Ordinal))
                {
                    // "一般公共预算：235.8" carries its own figure.
                    breakdown.Add(new(t[..colon], CellValues.Amount(t[(colon + 1)..])));
                }
                else if (colon < 0 && t.Length > 0 && CellValues.Amount(t) is null && numeric.Count > 0)
                {
                    // "当年财政拨款 | 10 | 10.12 | 10.09 …": the row's 全年执行数.
                    var executed = Col("执行数", "全年执行") - (header.Count - row.Cells.Count);
                    breakdown.Add(new(t, executed >= 0 && executed < row.Cells.Count ? CellValues.Amount(row.Cells[executed].Text) : null));
                    break;
                }
            }
        }

        if (totalRow is null)
        {
            return new FundBlock { Breakdown = breakdown, Location = rows[headerIndex].Location };
        }

        var shift = header.Count - totalRow.Cells.Count;
        Amount? At(int col, bool loose = false)
        {
            var i = col - shift;
            if (col < 0 || i < 0 || i >= totalRow.Cells.Count)
            {
                return null;
            }

            return loose ? CellValues.Loose(totalRow.Cells[i].Text) : CellValues.Amount(totalRow.Cells[i].Text);
        }

        return new FundBlock
        {
            InitialBudget = At(Col("年初预算")),
            FullYearBudget = At(Col("全年预算", "调整后预算")),
            Executed = At(Col("执行数", "全年执行")),
            Weight = At(Col("分值")),
            ExecutionRate = At(Col("执行率"), loose: true),
            Score = At(Col("得分")),
            Breakdown = breakdown,
            Location = totalRow.Location,
        };
    }

    private static string? Subject(IReadOnlyList<LayoutRow> rows)
    {
        foreach (var row in rows.Take(3))
        {
            var texts = row.Cells.Select(c => CellText.Clean(c.Text)).Where(t => t.Length > 0).ToList();
            if (texts.Count >= 2 && (texts[0].Contains("名称", StringComparison.Ordinal)))
            {
                return texts[1];
            }
        }

        return null;
    }

    /// <summary>The first heading that contains any of the keys, tried in order; -1 when none does.</summary>
    private static int ColumnOf(List<string> header, string[] keys) =>
        keys.Select(k => header.FindIndex(h => h.Contains(k, StringComparison.Ordinal))).FirstOrDefault(i => i >= 0, -1);

    private static bool Has(LayoutRow row, string text) =>
        row.Cells.Any(c => CellText.Compact(c.Text).Contains(text, StringComparison.Ordinal));

    private static string? NullIfBlank(string text)
    {
        var t = CellText.Clean(text);
        return t.Length == 0 ? null : t;
    }
}
