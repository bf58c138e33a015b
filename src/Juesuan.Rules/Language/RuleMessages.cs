namespace Juesuan.Rules.Language;

/// <summary>Every error message about rule files, in one place so tests assert the exact words.</summary>
public static class RuleMessages
{
    /// <summary>A string literal runs to the end of the line.</summary>
    public const string UnterminatedString = "字符串缺少结束引号";

    /// <summary>A character no token starts with.</summary>
    public static string UnexpectedCharacter(char c) => $"无法识别的字符“{c}”";

    /// <summary>The parser wanted something else.</summary>
    public static string Expected(string what, Token found) => $"此处应为{what}，实为{found}";

    /// <summary>A severity word other than error/warning/info.</summary>
    public static string BadSeverity(string word) => $"严重程度应为 error、warning 或 info，实为“{word}”";

    /// <summary>A rule without <c>assert</c>.</summary>
    public static string MissingAssert(string id) => $"规则 {id} 缺少 assert 子句";

    /// <summary>The same id twice.</summary>
    public static string DuplicateRule(string id) => $"规则编号 {id} 重复";

    /// <summary>An unknown name.</summary>
    public static string UnknownName(string name) => $"未知的名称“{name}”（不是表名、变量或常量）";

    /// <summary>An unknown function.</summary>
    public static string UnknownFunction(string name) => $"未知的函数“{name}”";

    /// <summary>Wrong number of arguments.</summary>
    public static string Arity(string name, string expected, int actual) => $"函数 {name} 需要 {expected} 个参数，实为 {actual} 个";

    /// <summary>A column the table does not have.</summary>
    public static string UnknownColumn(string table, string column, IEnumerable<string> known) =>
        $"表“{table}”没有“{column}”栏（可用：{string.Join("、", known)}）";

    /// <summary>An expression of the wrong type.</summary>
    public static string WrongType(string expected, string actual) => $"此处应为{expected}，实为{actual}";

    /// <summary>An unknown document kind in <c>applies to</c>.</summary>
    public static string UnknownDocumentKind(string kind) => $"未知的文档类别“{kind}”（决算、自评 或 全部）";
}
