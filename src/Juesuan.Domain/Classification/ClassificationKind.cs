namespace Juesuan.Domain.Classification;

/// <summary>The two national classifications a table row can be coded on.</summary>
public enum ClassificationKind
{
    /// <summary>支出功能分类 (类/款/项: 3/5/7 digits).</summary>
    Function,

    /// <summary>部门预算支出经济分类 (类/款: 3/5 digits).</summary>
    Economic,
}
