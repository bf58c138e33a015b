namespace Juesuan.Documents.Layout;

/// <summary>What a laid-out paragraph is, so that a writer can give it the official look.</summary>
public enum ParagraphRole
{
    /// <summary>Running text.</summary>
    Body = 0,

    /// <summary>The cover title (单位名称 + 年度部门决算).</summary>
    DocumentTitle,

    /// <summary>A cover line under the title (date, unit).</summary>
    Cover,

    /// <summary>The "目录" heading; writers put a table of contents of the headings below it.</summary>
    Contents,

    /// <summary>第一部分 … 第五部分: starts a new page.</summary>
    PartHeading,

    /// <summary>一、… headings inside a part.</summary>
    Heading,

    /// <summary>A table title: starts a new page, centred and bold.</summary>
    TableTitle,

    /// <summary>The 公开NN表 label, right-aligned.</summary>
    TableLabel,

    /// <summary>The 部门：… 单位：万元 line above a table (a tab separates the two halves).</summary>
    TableCaption,

    /// <summary>A note under a table (注：…, 本表无数据).</summary>
    Note,
}
