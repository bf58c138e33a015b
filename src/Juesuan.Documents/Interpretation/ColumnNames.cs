namespace Juesuan.Documents.Interpretation;

/// <summary>
/// Canonical column names from header paths: the leaf heading, compacted; a generic leaf
/// (小计/合计) takes its parent's name ("本年支出" + "小计" → "本年支出合计"); per-kind aliases
/// make provinces agree ("本年支出合计" in the 一般公共预算 table is its "合计").
/// </summary>
internal static class ColumnNames
{
    public static IReadOnlyList<string> Of(Juesuan.Domain.Tables.TableKind kind, IReadOnlyList<IReadOnlyList<string>> paths)
    {
        var names = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i].Where(t => t is not ("项目" or "金额" or "决算数" or "本年")).ToList();
            string name;
            if (path.Count == 0)
            {
                name = paths[i].Count > 0 ? paths[i][^1] : $"列{i + 1}";
            }
            else
            {
                name = path[^1];
                if (name is "小计" or "合计" && path.Count > 1)
                {
                    name = path[^2].EndsWith("合计", StringComparison.Ordinal) ? path[^2] : path[^2] + "合计";
                }
            }

            // The 3-column expenditure tables call their first column 合计; wider ones keep 本年支出合计.
            name = paths.Count <= 3 ? Alias(kind, name) : name;
            var unique = name;
            for (var n = 2; names.Contains(unique); n++)
            {
                unique = $"{name}{n}";
            }

            names.Add(unique);
        }

        return names;
    }

    private static string Alias(Juesuan.Domain.Tables.TableKind kind, string name) => (kind, name) switch
    {
        (Juesuan.Domain.Tables.TableKind.GeneralBudgetExpenditure or Juesuan.Domain.Tables.TableKind.StateCapital, "本年支出合计" or "小计") => "合计",
        (_, "本年收入合") => "本年收入合计",
        _ => name,
    };
}
