using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Evaluations;

/// <summary>
/// A scored indicator (三级指标) with its place in the tree. Rubric rows are indicators too:
/// their 分值 is <see cref="Weight"/>, 得分 is <see cref="Score"/>, 评分标准 is <see cref="Criteria"/>.
/// </summary>
public sealed record Indicator
{
    /// <summary>一级指标 ("产出指标", "投入").</summary>
    public string Level1 { get; init; } = string.Empty;

    /// <summary>二级指标 ("数量指标", "预算配置").</summary>
    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标: the indicator itself.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>年度指标值 as printed.</summary>
    public string? Target { get; init; }

    /// <summary>实际完成值 as printed.</summary>
    public string? Actual { get; init; }

    /// <summary>分值.</summary>
    public Amount? Weight { get; init; }

    /// <summary>得分.</summary>
    public Amount? Score { get; init; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string? Deviation { get; init; }

    /// <summary>评分标准 (rubrics).</summary>
    public string? Criteria { get; init; }

    /// <summary>指标解释 (rubrics).</summary>
    public string? Explanation { get; init; }

    /// <summary>Where the indicator's row starts.</summary>
    public SourceLocation Location { get; init; } = new();
}
