namespace Juesuan.Rules.Language;

/// <summary>
/// Splits a rule file into tokens. Blank space and line ends separate tokens; <c>#</c> starts
/// a comment to the end of the line. After the keyword <c>rule</c> the next run of non-blank
/// characters is one <see cref="TokenKind.RuleId"/>, so ids may contain '-' and '.'.
/// </summary>
public static class Lexer
{
    private static readonly string[] Symbols = ["!=", "<=", ">=", "??", "..", "[", "]", "(", ")", ".", ",", ":", "+", "-", "*", "/", "=", "<", ">"];

    /// <summary>Tokenizes <paramref name="text"/>; lexical errors are added to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, string file, List<RuleFileError> errors)
    {
        var tokens = new List<Token>();
        int i = 0, line = 1, lineStart = 0;
        var expectRuleId = false;
        TextSpan SpanOf(int start, int length) => new(line, start - lineStart + 1, length);

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                i++;
                line++;
                lineStart = i;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            var start = i;
            if (expectRuleId)
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.RuleId, text[start..i], SpanOf(start, i - start)));
                expectRuleId = false;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], SpanOf(start, i - start)));
                continue;
            }

            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"' && text[i] != '\n')
                {
                    i++;
                }

                if (i >= text.Length || text[i] != '"')
                {
                    errors.Add(new RuleFileError(file, line, start - lineStart + 1, RuleMessages.UnterminatedString));
                    tokens.Add(new Token(TokenKind.String, text[(start + 1)..i], SpanOf(start, i - start)));
                    continue;
                }

                i++;
                tokens.Add(new Token(TokenKind.String, text[(start + 1)..(i - 1)], SpanOf(start, i - start)));
                continue;
            }

            if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(TokenKind.Identifier, word, SpanOf(start, i - start)));
                expectRuleId = word == "rule";
                continue;
            }

            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (symbol is null)
            {
                errors.Add(new RuleFileError(file, line, start - lineStart + 1, RuleMessages.UnexpectedCharacter(c)));
                i++;
                continue;
            }

            tokens.Add(new Token(TokenKind.Symbol, symbol, SpanOf(start, symbol.Length)));
            i += symbol.Length;
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, SpanOf(i, 0)));
        return tokens;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '（' or '“';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '（' or '）' or '“' or '”' or '、' or '·';
}
