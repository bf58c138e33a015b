using Juesuan.Domain.Diagnostics;

namespace Juesuan.Rules.Checking;

/// <summary>A check written in C# (text claims, self-evaluation, leftovers): its id, severity, title and why.</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Severity">Severity of a finding.</param>
/// <param name="Title">Short title.</param>
/// <param name="Explain">Why it matters, for the report.</param>
public sealed record BuiltInRule(string Id, Severity Severity, string Title, string Explain);
