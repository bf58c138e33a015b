namespace Juesuan.Rules.Scoring;

/// <summary>A score with the computation that produced it, in words.</summary>
/// <param name="Score">Points, between 0 and the weight.</param>
/// <param name="Explanation">The computation ("135% > 100%：完成率>1，不得分").</param>
public sealed record ScoreResult(decimal Score, string Explanation);
