using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Findings;

/// <summary>A figure that contributed to a finding's computation, with where it was printed.</summary>
/// <param name="Label">What it is, e.g. "支出决算表 201 一般公共服务支出 · 本年支出合计".</param>
/// <param name="Value">The figure as printed.</param>
/// <param name="Location">Where it was printed.</param>
public sealed record FindingInput(string Label, string Value, SourceLocation Location);
