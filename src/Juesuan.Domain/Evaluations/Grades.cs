namespace Juesuan.Domain.Evaluations;

/// <summary>The national grade bands of a self-evaluation score: 90 and over 优, 80 良, 60 中, below 差.</summary>
public static class Grades
{
    /// <summary>The grade of a 100-point total.</summary>
    public static string Of(decimal total) => total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
}
