namespace Juesuan.Documents.Samples;

/// <summary>Kinds of defect <see cref="DefectInjector"/> can put into a consistent disclosure.</summary>
public enum DefectKind
{
    /// <summary>A 项 line of the 支出决算表 no longer adds up.</summary>
    ItemLine,

    /// <summary>A class line of the 总表 differs from its parts and the 支出决算表.</summary>
    SummaryClass,

    /// <summary>The 收入决算表 财政拨款收入 differs from the 财政拨款总表.</summary>
    CrossTable,

    /// <summary>An economic item of the 基本支出表 no longer adds up to its class.</summary>
    EconomicItem,

    /// <summary>The 三公 total no longer adds up.</summary>
    ThreePublicTotal,

    /// <summary>The 财政拨款总表 本年支出合计 changed.</summary>
    GrantTotal,

    /// <summary>A required table is missing.</summary>
    MissingTable,

    /// <summary>An amount in the text differs from the tables.</summary>
    TextAmount,

    /// <summary>A share (占…%) is wrong.</summary>
    TextShare,

    /// <summary>A completion rate (完成年初预算的…%) is wrong.</summary>
    TextRate,

    /// <summary>A change percentage does not fit the change amount.</summary>
    TextChange,

    /// <summary>A change amount's direction word is flipped.</summary>
    TextDirection,

    /// <summary>"决算数大于年初预算数" where the figures say the opposite.</summary>
    BudgetComparison,

    /// <summary>Parts listed under 其中 that no longer make their total.</summary>
    PartsSum,

    /// <summary>Doubled punctuation.</summary>
    Typo,

    /// <summary>"XX" left in.</summary>
    Placeholder,

    /// <summary>"一是……；二是……" left in.</summary>
    Ellipsis,

    /// <summary>An unchosen template alternative ("大于（小于）").</summary>
    TemplateChoice,

    /// <summary>A year with a digit missing ("202 年度").</summary>
    BrokenYear,

    /// <summary>A stale year ("截至上一年12月31日").</summary>
    StaleYear,

    /// <summary>元 written for 万元.</summary>
    UnitSlip,

    /// <summary>A code printed with another code's name.</summary>
    CodeName,

    /// <summary>An indicator scored above its weight.</summary>
    ScoreOverWeight,

    /// <summary>The evaluation total differs from the scores.</summary>
    TotalScore,

    /// <summary>A group weight differs from its leaves.</summary>
    GroupWeight,

    /// <summary>A quantitative indicator keeps full marks though its actual falls short of the target.</summary>
    ScoreAgainstRule,

    /// <summary>The execution rate is wrong.</summary>
    ExecutionRate,

    /// <summary>The grade in the text does not follow the score.</summary>
    Grade,

    /// <summary>The score in the text differs from the evaluation table.</summary>
    TextScore,

    /// <summary>The self-evaluation's 基本支出 differs from the tables.</summary>
    EvaluationFund,

    /// <summary>A required 情况说明 section is missing.</summary>
    MissingSection,

    /// <summary>The 接待批次/人次 sentence is missing.</summary>
    MissingCounts,
}
