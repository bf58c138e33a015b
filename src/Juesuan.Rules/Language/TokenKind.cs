namespace Juesuan.Rules.Language;

/// <summary>Kinds of tokens in a rule file.</summary>
public enum TokenKind
{
    /// <summary>End of file.</summary>
    End,

    /// <summary>A name: letters (Chinese included), digits, '_' and full-width brackets.</summary>
    Identifier,

    /// <summary>A rule id after <c>rule</c>: any run of non-blank characters.</summary>
    RuleId,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A double-quoted string.</summary>
    String,

    /// <summary>Punctuation or an operator.</summary>
    Symbol,
}
