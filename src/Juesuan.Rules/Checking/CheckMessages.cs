using System.Globalization;
using Juesuan.Domain.Findings;

namespace Juesuan.Rules.Checking;

/// <summary>Every message text of the built-in checks, in one place so tests assert the exact words.</summary>
public static class CheckMessages
{
    /// <summary>A completion rate without a budget and an actual amount in the sentence.</summary>
    public const string NoBudgetPair = "完成率所在句中没有预算数和决算数（执行数）";

    /// <summary>A division by a figure that may be zero.</summary>
    public const string ZeroDenominator = "分母为零或可能为零";

    /// <summary>A share whose base cannot be found.</summary>
    public static string NoDenominator(string? name) => name is null ? "找不到占比的总额" : $"找不到占比的总额“{name}”";

    /// <summary>Text amount ≠ table.</summary>
    public static string AmountMismatch(string item, string printed, string table) =>
        $"文中{item}为 {printed}，表中为 {table} 万元";

    /// <summary>元 written for 万元.</summary>
    public static string UnitSlip(string printed, string item, string table) =>
        $"文中{item}写作 {printed}，表中为 {table} 万元，单位疑为“万元”";

    /// <summary>元 figure equal to a 万元 figure elsewhere.</summary>
    public static string UnitSlipAnywhere(string printed, string other) =>
        $"“{printed}”与文中或表中的 {other} 数值相同，单位疑为“万元”";

    /// <summary>Printed share ≠ computed.</summary>
    public static string ShareMismatch(string part, string whole, string printed, string expected) =>
        $"{part} 占 {whole} 应为 {expected}%，文中为 {printed}";

    /// <summary>Printed completion rate ≠ computed.</summary>
    public static string RateMismatch(string budget, string actual, string printed, string expected) =>
        $"预算数 {budget}、决算数 {actual}，完成率应为 {expected}%，文中为 {printed}";

    /// <summary>Change amount and percentage disagree.</summary>
    public static string ChangeMismatch(string current, string delta, string prior, string pct, string expected) =>
        $"本年 {current}、{delta}，推出上年 {prior} 万元，变动率应为 {expected}%，文中“{pct}”";

    /// <summary>Parts and their whole disagree.</summary>
    public static string PartsDisagree(string whole, string printed, string sum, bool complete) =>
        complete ? $"{whole} {printed}，所列各项之和为 {sum} 万元" : $"{whole} {printed}，其中所列各项之和 {sum} 万元已超过总数";

    /// <summary>Two direction words disagree.</summary>
    public static string DirectionsDisagree(string amount, string pct) => $"“{amount}”与“{pct}”方向相反";

    /// <summary>持平 with a non-zero change.</summary>
    public static string FlatButChanged(string change) => $"句中称持平或无变动，却有“{change}”";

    /// <summary>Implied prior-year figures disagree.</summary>
    public static string PriorsDisagree(string item, string prior, string other, int? otherLine) =>
        string.Create(CultureInfo.InvariantCulture, $"{item}推出的上年数为 {prior} 万元，与第 {otherLine} 行推出的 {other} 万元不一致");

    /// <summary>Template placeholder text.</summary>
    public static string Placeholder(string text, int count = 1) => count > 1 ? $"留有模板占位符“{text}”等 {count} 处" : $"留有模板占位符“{text}”";

    /// <summary>Template alternative left unchosen.</summary>
    public static string Choice(string text, int count = 1) => count > 1 ? $"模板选择项“{text}”等 {count} 处未按实际删改" : $"模板选择项“{text}”未按实际删改";

    /// <summary>Doubled punctuation.</summary>
    public static string RepeatedPunctuation(string text) => $"标点重复：“{text}”";

    /// <summary>A comparison word against the budget that the figures contradict.</summary>
    public static string BudgetComparison(string words, string actual, string budget) => $"称“{words}”，但决算数 {actual}、预算数 {budget}";

    /// <summary>Suffix for a gap of one unit in the last printed digit.</summary>
    public const string LastDigit = "（仅差末位一个单位，可能是截尾而非四舍五入）";

    /// <summary>A year with digits missing.</summary>
    public static string BrokenYear(string text) => $"年份“{text}”不完整";

    /// <summary>A year that is not the report year.</summary>
    public static string StaleYear(string text, int year) => string.Create(CultureInfo.InvariantCulture, $"“{text}”与报告年度 {year} 年不符");

    /// <summary>Leaf weights ≠ group weight.</summary>
    public static string GroupWeight(string group, decimal stated, decimal sum) =>
        string.Create(CultureInfo.InvariantCulture, $"{group}分值为 {stated}，所属指标分值之和为 {sum}");

    /// <summary>All weights ≠ total weight.</summary>
    public static string TotalWeight(decimal stated, decimal sum) =>
        string.Create(CultureInfo.InvariantCulture, $"总分值为 {stated}，各项指标分值之和为 {sum}");

    /// <summary>Score outside 0..weight.</summary>
    public static string ScoreOverWeight(string indicator, string score, string weight) => $"“{indicator}”得分 {score} 超过分值 {weight}";

    /// <summary>Σ scores ≠ total.</summary>
    public static string TotalScore(string total, string sum) => $"总分为 {total}，各项得分之和为 {sum}";

    /// <summary>A score its own rule does not give.</summary>
    public static string ScoreAgainstRule(string indicator, decimal published, decimal recomputed) =>
        string.Create(CultureInfo.InvariantCulture, $"“{indicator}”公布得分 {published:0.##}，按其评分标准应为 {recomputed:0.##}");

    /// <summary>Execution rate ≠ executed / budget.</summary>
    public static string RateWrong(string budget, string executed, string printed, string expected) =>
        $"全年预算数 {budget}、执行数 {executed}，执行率应为 {expected}%，表中为 {printed}%";

    /// <summary>Execution score ≠ rate × weight.</summary>
    public static string RateScoreWrong(string printed, string expected, string weight) =>
        $"预算执行率得分应为 {expected}（执行率 × 分值 {weight}），表中为 {printed}";

    /// <summary>Grade ≠ band of total.</summary>
    public static string GradeWrong(string grade, string total, string expected) => $"总分 {total} 对应等级为“{expected}”，文中为“{grade}”";

    /// <summary>Text score ≠ table total.</summary>
    public static string ScoreInText(string printed, string table, string title) => $"文中自评得分 {printed}，{title}总分为 {table}";

    /// <summary>Breakdown parts ≠ whole.</summary>
    public static string BreakdownSum(string whole, string stated, string sum) => $"{whole}为 {stated} 分，分项得分之和为 {sum} 分";

    /// <summary>Sub-score above its parent.</summary>
    public static string BreakdownOver(string whole, string stated, string sum) => $"{whole}为 {stated} 分，下级得分之和 {sum} 分超过了它";

    /// <summary>Self-evaluation fund figure ≠ tables.</summary>
    public static string FundMismatch(string label, string printed, string table) => $"自评表中{label} {printed} 万元，决算表中为 {table} 万元";

    /// <summary>Missing 情况说明 section.</summary>
    public static string MissingSection(string section) => $"情况说明中没有“{section}”部分";

    /// <summary>Missing 三公 count.</summary>
    public static string MissingCount(string item, string amount, string what) => $"{item}决算 {amount} 万元，情况说明未写明{what}";

    /// <summary>Rounding-only gaps in a table.</summary>
    public static string Rounding(string table, int count, string example) =>
        string.Create(CultureInfo.InvariantCulture, $"{table}有 {count} 处合计与分项仅差尾数（在印出精度内相容，不是错误），如：{example}");

    /// <summary>"a vs table cell" computation text.</summary>
    public static string Versus(string printed, IReadOnlyList<FindingInput> inputs) =>
        $"文中 {printed}；" + string.Join("；", inputs.Select(i => $"{i.Label} = {i.Value}"));
}
