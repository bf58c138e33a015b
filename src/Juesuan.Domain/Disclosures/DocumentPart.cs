namespace Juesuan.Domain.Disclosures;

/// <summary>The parts a disclosure document can contain.</summary>
[Flags]
public enum DocumentPart
{
    /// <summary>Nothing recognised.</summary>
    None = 0,

    /// <summary>部门概况.</summary>
    Overview = 1,

    /// <summary>The 决算 tables.</summary>
    FinalAccountsTables = 2,

    /// <summary>情况说明.</summary>
    Explanation = 4,

    /// <summary>名词解释.</summary>
    Glossary = 8,

    /// <summary>A self-evaluation report's text.</summary>
    EvaluationReport = 16,

    /// <summary>Self-evaluation tables.</summary>
    EvaluationTables = 32,

    /// <summary>A scoring rubric.</summary>
    Rubric = 64,
}
