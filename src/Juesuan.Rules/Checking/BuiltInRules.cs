using Juesuan.Domain.Diagnostics;

namespace Juesuan.Rules.Checking;

/// <summary>
/// The checks implemented in code rather than in rule files, with their ids, severities and
/// titles in one place (docs/rules.md lists them).
/// </summary>
public static class BuiltInRules
{
    /// <summary>An amount in the text differs from the table figure it names.</summary>
    public static readonly BuiltInRule TextAmount = new("TX-AMOUNT", Severity.Error, "文字中的金额与表格不符", "情况说明中的金额应与公开表中同一项目的数字一致（按印出精度比较）。");

    /// <summary>A share (占…%) the amounts do not give.</summary>
    public static readonly BuiltInRule TextShare = new("TX-SHARE", Severity.Error, "占比与金额不符", "“占…%”应等于该项金额除以总额，按两者印出精度的区间比较。");

    /// <summary>A completion rate (完成预算的…%) the amounts do not give.</summary>
    public static readonly BuiltInRule TextRate = new("TX-RATE", Severity.Error, "完成率与预算数、决算数不符", "完成预算的百分比应等于决算数（执行数）除以预算数。");

    /// <summary>A change amount and change percentage that imply different prior-year figures.</summary>
    public static readonly BuiltInRule TextChange = new("TX-CHANGE", Severity.Error, "增减额与增减率不一致", "本年数、增减额推出上年数，增减率应等于增减额除以上年数。");

    /// <summary>Direction words that contradict each other or the numbers.</summary>
    public static readonly BuiltInRule TextDirection = new("TX-DIRECTION", Severity.Error, "增减方向与数字不符", "同一句中增加/减少、增长/降低、持平应与数字方向一致。");

    /// <summary>Two statements imply different prior-year figures for the same item.</summary>
    public static readonly BuiltInRule TextPrior = new("TX-PRIOR", Severity.Warning, "同一项目推出的上年数不一致", "同一项目在不同段落由本年数与增减额推出的上年数应一致。");

    /// <summary>Parts listed under 其中 (or before 合计) that do not make their whole.</summary>
    public static readonly BuiltInRule TextSum = new("TX-SUM", Severity.Error, "分项与合计不符", "“其中”所列各项之和不能超过总数，完整列举（人员经费与公用经费、货物工程服务）时应等于总数；“…，合计…”应等于前列各数之和。");

    /// <summary>元 written where 万元 is meant.</summary>
    public static readonly BuiltInRule TextUnit = new("TX-UNIT", Severity.Warning, "金额单位疑似误写", "该数字以“元”表述，但与文中或表中以“万元”表述的同一数字相同。");

    /// <summary>A self-evaluation score in the text differs from the table's total, or the grade does not follow it.</summary>
    public static readonly BuiltInRule TextScore = new("TX-SCORE", Severity.Error, "文字中的自评得分或等级与自评表不符", "报告中的自评得分应与自评表总分一致，评价等级应与得分所在档次一致。");

    /// <summary>Template text left in: XX, ××, ……, 一是…….</summary>
    public static readonly BuiltInRule Placeholder = new("LO-PLACEHOLDER", Severity.Error, "模板占位符未替换", "公开文本中留有模板占位符（XX、××、……），应填写实际内容。");

    /// <summary>Template alternatives left unchosen: 增（减）, 大于（小于）, 增减少.</summary>
    public static readonly BuiltInRule TemplateChoice = new("LO-CHOICE", Severity.Warning, "模板中的选择项未删改", "“增（减）”“大于（小于）”等模板选择项应按实际情况保留一个。");

    /// <summary>Doubled punctuation and similar slips.</summary>
    public static readonly BuiltInRule Typo = new("LO-TYPO", Severity.Warning, "文字疏漏", "重复的标点等录入疏漏。");

    /// <summary>A year with a digit missing or stale for the report year.</summary>
    public static readonly BuiltInRule Year = new("LO-YEAR", Severity.Warning, "年份缺位或与报告年度不符", "年份应写全，决算年度、资产截止日期等应与报告年度一致。");

    /// <summary>Leaf weights do not add up to the group or to the total.</summary>
    public static readonly BuiltInRule Weights = new("SE-WEIGHT", Severity.Error, "自评表分值不相加", "三级指标分值之和应等于所属一级指标分值，全部分值之和应等于总分值（通常100）。");

    /// <summary>A score above its weight or below zero.</summary>
    public static readonly BuiltInRule ScoreCap = new("SE-SCORE", Severity.Error, "得分超过分值", "每项指标得分应在 0 与分值之间。");

    /// <summary>Scores do not add up to the total.</summary>
    public static readonly BuiltInRule Total = new("SE-TOTAL", Severity.Error, "各项得分之和与总分不符", "自评表总分应等于各项指标得分之和。");

    /// <summary>A score the evaluation's own rule does not give.</summary>
    public static readonly BuiltInRule ScoreRule = new("SE-RULE", Severity.Error, "得分与评分规则不符", "按评价表自身的评分标准（评分体系为数据，见 docs/scoring.md）重新计分，公布得分与之不符。");

    /// <summary>Execution rate or its score wrong.</summary>
    public static readonly BuiltInRule ExecutionRate = new("SE-RATE", Severity.Error, "预算执行率或其得分计算错误", "执行率 = 全年执行数 ÷ 全年预算数；得分 = 执行率 × 分值（不超过分值）。");

    /// <summary>Grade does not follow the total.</summary>
    public static readonly BuiltInRule Grade = new("SE-GRADE", Severity.Error, "评价等级与总分不符", "等级按总分确定：优 ≥ 90，良 80–90，中 60–80，差 < 60。");

    /// <summary>Narrative score breakdown does not add up.</summary>
    public static readonly BuiltInRule Breakdown = new("SE-BREAKDOWN", Severity.Error, "得分说明的分项之和不符", "报告文字中各部分得分之和应等于总得分，下级得分之和不应超过上级得分。");

    /// <summary>Self-evaluation fund figures against the final-accounts tables.</summary>
    public static readonly BuiltInRule Fund = new("SE-FUND", Severity.Warning, "自评表资金与决算表不符", "同一文件中自评表的资金总额、基本支出、项目支出应与决算公开表一致。");

    /// <summary>A required 情况说明 section is absent.</summary>
    public static readonly BuiltInRule Section = new("CP-SECTION", Severity.Warning, "情况说明缺少必需部分", "部门决算情况说明应包括收入支出、财政拨款、三公经费、机关运行经费、政府采购、国有资产、绩效等部分。");

    /// <summary>A required 三公 count is absent.</summary>
    public static readonly BuiltInRule ThreePublicCounts = new("CP-THREE", Severity.Warning, "三公经费缺少数量说明", "有因公出国（境）、公务用车、公务接待支出的，应说明团组/人次、车辆购置数/保有量、接待批次/人次。");

    /// <summary>Rounding-only gaps, one per table.</summary>
    public static readonly BuiltInRule Rounding = new("RD-ROUNDING", Severity.Info, "尾数差异（在印出精度内相容）", "各数字按印出精度视为区间，合计与分项之和仅差尾数时不视为错误。");

    /// <summary>Nothing in the file could be compared: no check passed and none found anything.</summary>
    public static readonly BuiltInRule Nothing = new("CK-NOTHING", Severity.Warning, "没有可核对的数字", "文件中没有找到可相互核对的表格数字、文字中的金额或自评分数，审核无从进行；这不等于审核通过。");

    /// <summary>All checks, for the docs and <c>--list-rules</c>.</summary>
    public static IReadOnlyList<BuiltInRule> All { get; } =
    [
        TextAmount, TextShare, TextRate, TextChange, TextDirection, TextPrior, TextSum, TextUnit, TextScore,
        Placeholder, TemplateChoice, Typo, Year, Weights, ScoreCap, Total, ScoreRule, ExecutionRate, Grade, Breakdown, Fund,
        Section, ThreePublicCounts, Rounding, Nothing,
    ];
}
