using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Findings;

/// <summary>
/// A rule that could not be evaluated because its inputs are missing. Reported so that
/// "could not check" is never read as "passed".
/// </summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Title">Rule title.</param>
/// <param name="Reason">What was missing.</param>
/// <param name="Location">Where the rule would have applied, when known.</param>
/// <param name="Count">How many instances (rows) were not checked for this reason.</param>
public sealed record NotChecked(string Rule, string Title, string Reason, SourceLocation? Location, int Count = 1);
