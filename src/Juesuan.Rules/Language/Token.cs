namespace Juesuan.Rules.Language;

/// <summary>One token with its text and place.</summary>
public sealed record Token(TokenKind Kind, string Text, TextSpan Span)
{
    /// <summary>True for the symbol or keyword <paramref name="text"/>.</summary>
    public bool Is(string text) => (Kind is TokenKind.Symbol or TokenKind.Identifier) && Text == text;

    /// <inheritdoc />
    public override string ToString() => Kind == TokenKind.End ? "文件结尾" : $"“{Text}”";
}
