using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Evaluations;

/// <summary>A self-evaluation table, rubric or narrative score breakdown.</summary>
public sealed record Evaluation
{
    /// <summary>Which form it has.</summary>
    public EvaluationKind Kind { get; init; }

    /// <summary>The title as printed ("2024年度部门（单位）整体支出绩效自评表").</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The evaluated unit or project name, when printed.</summary>
    public string? Subject { get; init; }

    /// <summary>总分 as printed.</summary>
    public Amount? Total { get; init; }

    /// <summary>The stated full mark of 总分 (usually 100).</summary>
    public Amount? TotalWeight { get; init; }

    /// <summary>Where the printed total (总分 得分) is; null when it was not read.</summary>
    public SourceLocation? TotalLocation { get; init; }

    /// <summary>等次/评价等级 as printed ("优", "优秀"), when stated.</summary>
    public string? Grade { get; init; }

    /// <summary>The 年度资金 block, for self-evaluation tables.</summary>
    public FundBlock? Fund { get; init; }

    /// <summary>Indicators (三级, or rubric rows) in printed order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Stated group weights and scores.</summary>
    public IReadOnlyList<IndicatorGroup> Groups { get; init; } = [];

    /// <summary>Position in document order among paragraphs, tables and evaluations.</summary>
    public int Order { get; init; }

    /// <summary>Where it starts.</summary>
    public SourceLocation Location { get; init; } = new();
}
