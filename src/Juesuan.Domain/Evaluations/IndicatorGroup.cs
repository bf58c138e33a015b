using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Evaluations;

/// <summary>A stated group weight: "产出指标（50分）" or a rubric's 二级指标 分值 "预算配置 18".</summary>
/// <param name="Level">1 for 一级, 2 for 二级.</param>
/// <param name="Name">The group's name.</param>
/// <param name="Parent">The 一级 name for a 二级 group; empty for 一级.</param>
/// <param name="Weight">The stated 分值; null when only the name was printed.</param>
/// <param name="Score">The stated 得分 (narrative breakdowns); null when not stated.</param>
/// <param name="Location">Where it was printed.</param>
public sealed record IndicatorGroup(int Level, string Name, string Parent, Amount? Weight, Amount? Score, SourceLocation Location);
