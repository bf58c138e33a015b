namespace Juesuan.Domain.Evaluations;

/// <summary>The forms a self-evaluation takes in the documents.</summary>
public enum EvaluationKind
{
    /// <summary>部门（单位）整体支出绩效自评表.</summary>
    DepartmentSelfEvaluation,

    /// <summary>项目支出绩效自评表.</summary>
    ProjectSelfEvaluation,

    /// <summary>A scoring rubric (指标体系 with 评分标准 and 得分), as in seed 003.</summary>
    Rubric,

    /// <summary>Scores stated in a report's text ("1、投入9.5分 … 得5分").</summary>
    NarrativeBreakdown,
}
