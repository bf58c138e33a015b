using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Evaluations;

/// <summary>The 年度资金 block of a self-evaluation table.</summary>
public sealed record FundBlock
{
    /// <summary>年初预算数.</summary>
    public Amount? InitialBudget { get; init; }

    /// <summary>全年预算数.</summary>
    public Amount? FullYearBudget { get; init; }

    /// <summary>全年执行数.</summary>
    public Amount? Executed { get; init; }

    /// <summary>分值 of the 预算执行率 indicator.</summary>
    public Amount? Weight { get; init; }

    /// <summary>执行率 in percent as printed ("100%" → 100).</summary>
    public Amount? ExecutionRate { get; init; }

    /// <summary>得分.</summary>
    public Amount? Score { get; init; }

    /// <summary>Breakdown lines ("一般公共预算：235.8", "基本支出：225.71", "当年财政拨款" …) by label.</summary>
    public IReadOnlyList<KeyValuePair<string, Amount?>> Breakdown { get; init; } = [];

    /// <summary>Where the block starts.</summary>
    public SourceLocation Location { get; init; } = new();
}
