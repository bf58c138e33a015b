using System.Globalization;
using Juesuan.Domain.Diagnostics;
using Juesuan.Rules.Language.Syntax;

namespace Juesuan.Rules.Language;

/// <summary>
/// Recursive-descent parser for rule files. Errors are collected (file:line:column); after an
/// error in a rule the parser skips to the next <c>rule</c> so one mistake gives one message.
/// </summary>
public sealed class Parser
{
    private static readonly HashSet<string> ClauseWords = ["rule", "for", "when", "assert", "message", "explain", "applies"];
    private static readonly string[] Comparisons = ["=", "!=", "<", "<=", ">", ">="];
    private readonly IReadOnlyList<Token> _tokens;
    private readonly string _file;
    private readonly List<RuleFileError> _errors;
    private int _pos;

    private Parser(IReadOnlyList<Token> tokens, string file, List<RuleFileError> errors)
    {
        _tokens = tokens;
        _file = file;
        _errors = errors;
    }

    private Token Current => _tokens[_pos];

    /// <summary>Parses a whole rule file.</summary>
    public static RuleFileSyntax ParseFile(string text, string file, List<RuleFileError> errors)
    {
        var tokens = Lexer.Tokenize(text, file, errors);
        return new Parser(tokens, file, errors).File();
    }

    /// <summary>Parses one expression (for tests and the REPL-style <c>--eval</c>).</summary>
    public static Expr? ParseExpression(string text, List<RuleFileError> errors)
    {
        var parser = new Parser(Lexer.Tokenize(text, "<expr>", errors), "<expr>", errors);
        try
        {
            var e = parser.Expression();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw parser.Fail("表达式结尾", parser.Current);
            }

            return e;
        }
        catch (SyntaxFailure)
        {
            return null;
        }
    }

    private RuleFileSyntax File()
    {
        var kind = "全部";
        int? first = null, last = null;
        var rules = new List<RuleSyntax>();
        while (Current.Kind != TokenKind.End)
        {
            try
            {
                if (Current.Is("applies"))
                {
                    (kind, first, last) = Applies();
                }
                else if (Current.Is("rule"))
                {
                    rules.Add(Rule());
                }
                else
                {
                    throw Fail("“rule”或“applies”", Current);
                }
            }
            catch (SyntaxFailure)
            {
                SkipToNextRule();
            }
        }

        return new RuleFileSyntax(_file, kind, first, last, rules);
    }

    private (string Kind, int? First, int? Last) Applies()
    {
        Next();
        ExpectWord("to");
        var kind = Expect(TokenKind.Identifier, "文档类别").Text;
        int? first = null, last = null;
        if (Current.Is("years"))
        {
            Next();
            first = Year();
            ExpectSymbol("..");
            if (Current.Kind == TokenKind.Number)
            {
                last = Year();
            }
        }

        return (kind, first, last);
    }

    private int Year() => int.Parse(Expect(TokenKind.Number, "年份").Text, CultureInfo.InvariantCulture);

    private RuleSyntax Rule()
    {
        var start = Next().Span;
        var id = Expect(TokenKind.RuleId, "规则编号");
        var severityToken = Expect(TokenKind.Identifier, "严重程度（error/warning/info）");
        Severity severity;
        switch (severityToken.Text)
        {
            case "error": severity = Severity.Error; break;
            case "warning": severity = Severity.Warning; break;
            case "info": severity = Severity.Info; break;
            default:
                _errors.Add(Error(severityToken.Span, RuleMessages.BadSeverity(severityToken.Text)));
                throw new SyntaxFailure();
        }

        var title = Expect(TokenKind.String, "规则标题（带引号的字符串）").Text;
        var rule = new RuleSyntax { Id = id.Text, Severity = severity, Title = title, Span = start };
        while (Current.Kind != TokenKind.End && !Current.Is("rule") && !Current.Is("applies"))
        {
            var word = Expect(TokenKind.Identifier, "子句（for、when、assert、message、explain）");
            switch (word.Text)
            {
                case "for":
                    var variable = Expect(TokenKind.Identifier, "变量名").Text;
                    ExpectWord("in");
                    rule = rule with { ForVariable = variable, ForRows = Expression() };
                    break;
                case "when": rule = rule with { When = Expression() }; break;
                case "assert": rule = rule with { Assert = Expression() }; break;
                case "message": rule = rule with { Message = Expect(TokenKind.String, "消息文本").Text }; break;
                case "explain": rule = rule with { Explain = Expect(TokenKind.String, "说明文本").Text }; break;
                default: throw Fail("子句（for、when、assert、message、explain）", word);
            }
        }

        if (rule.Assert is null)
        {
            _errors.Add(Error(start, RuleMessages.MissingAssert(rule.Id)));
        }

        return rule;
    }

    private Expr Expression() => Or();

    private Expr Or() => LeftAssociative(And, "or");

    private Expr And() => LeftAssociative(Not, "and");

    private Expr Not()
    {
        if (Current.Is("not"))
        {
            var op = Next();
            var operand = Not();
            return new UnaryExpr("not", operand, op.Span.To(operand.Span));
        }

        return Comparison();
    }

    private Expr Comparison()
    {
        var left = Additive();
        if (Current.Kind == TokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            var op = Next().Text;
            var right = Additive();
            return new BinaryExpr(op, left, right, left.Span.To(right.Span));
        }

        return left;
    }

    private Expr Additive() => LeftAssociative(Multiplicative, "+", "-");

    private Expr Multiplicative() => LeftAssociative(Unary, "*", "/");

    private Expr Unary()
    {
        if (Current.Kind == TokenKind.Symbol && Current.Text == "-")
        {
            var op = Next();
            var operand = Unary();
            return new UnaryExpr("-", operand, op.Span.To(operand.Span));
        }

        return LeftAssociative(Postfix, "??");
    }

    private Expr LeftAssociative(Func<Expr> operand, params string[] operators)
    {
        var left = operand();
        while ((Current.Kind == TokenKind.Symbol || Current.Kind == TokenKind.Identifier) && operators.Contains(Current.Text))
        {
            var op = Next().Text;
            var right = operand();
            left = new BinaryExpr(op, left, right, left.Span.To(right.Span));
        }

        return left;
    }

    private Expr Postfix()
    {
        var e = Primary();
        while (true)
        {
            if (Current.Kind == TokenKind.Symbol && Current.Text == "[")
            {
                Next();
                var selector = Selector();
                var close = ExpectSymbol("]");
                e = new IndexExpr(e, selector, e.Span.To(close.Span));
            }
            else if (Current.Kind == TokenKind.Symbol && Current.Text == ".")
            {
                Next();
                var member = Current.Kind is TokenKind.Identifier or TokenKind.String ? Next() : throw Fail("栏名", Current);
                e = new MemberExpr(e, member.Text, member.Span, e.Span.To(member.Span));
            }
            else
            {
                return e;
            }
        }
    }

    private SelectorSyntax Selector()
    {
        var span = Current.Span;
        if (Current.Kind == TokenKind.Symbol && Current.Text == "*")
        {
            Next();
            return new SelectorSyntax { Span = span, All = true };
        }

        string? level = null;
        if (Current.Kind == TokenKind.Identifier && Current.Text is "类" or "款" or "项")
        {
            level = Next().Text;
            if (Current.Kind != TokenKind.Number)
            {
                return new SelectorSyntax { Span = span, Level = level };
            }
        }

        if (Current.Kind == TokenKind.Number)
        {
            var code = Next().Text;
            var prefix = Current.Kind == TokenKind.Symbol && Current.Text == "*";
            if (prefix)
            {
                Next();
            }

            return new SelectorSyntax { Span = span, Level = level, Code = code, Prefix = prefix };
        }

        if (Current.Kind == TokenKind.String)
        {
            return new SelectorSyntax { Span = span, Name = Next().Text };
        }

        var name = Expect(TokenKind.Identifier, "行选择（*、类/款/项、编码、名称或行变量）");
        if (Current.Kind == TokenKind.Symbol && Current.Text == ":")
        {
            Next();
            var rowName = Current.Kind is TokenKind.Identifier or TokenKind.String ? Next() : throw Fail("行名称", Current);
            return new SelectorSyntax { Span = span, Section = name.Text, Name = rowName.Text };
        }

        return new SelectorSyntax { Span = span, Name = name.Text, NameIsIdentifier = true };
    }

    private Expr Primary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Next();
                return new NumberExpr(decimal.Parse(t.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), t.Span);
            case TokenKind.String:
                Next();
                return new StringExpr(t.Text, t.Span);
            case TokenKind.Identifier when !ClauseWords.Contains(t.Text) && t.Text is not ("and" or "or" or "not"):
                Next();
                if (Current.Kind == TokenKind.Symbol && Current.Text == "(")
                {
                    Next();
                    var args = new List<Expr>();
                    if (!(Current.Kind == TokenKind.Symbol && Current.Text == ")"))
                    {
                        args.Add(Expression());
                        while (Current.Kind == TokenKind.Symbol && Current.Text == ",")
                        {
                            Next();
                            args.Add(Expression());
                        }
                    }

                    var close = ExpectSymbol(")");
                    return new CallExpr(t.Text, args, t.Span.To(close.Span));
                }

                return new NameExpr(t.Text, t.Span);
            case TokenKind.Symbol when t.Text == "(":
                Next();
                var inner = Expression();
                ExpectSymbol(")");
                return inner;
            default:
                throw Fail("表达式", t);
        }
    }

    private Token Next() => _tokens[_pos < _tokens.Count - 1 ? _pos++ : _pos];

    private Token Expect(TokenKind kind, string what) => Current.Kind == kind ? Next() : throw Fail(what, Current);

    private Token ExpectSymbol(string symbol) =>
        Current.Kind == TokenKind.Symbol && Current.Text == symbol ? Next() : throw Fail($"“{symbol}”", Current);

    private Token ExpectWord(string word) => Current.Is(word) ? Next() : throw Fail($"“{word}”", Current);

    private SyntaxFailure Fail(string what, Token found)
    {
        _errors.Add(Error(found.Span, RuleMessages.Expected(what, found)));
        return new SyntaxFailure();
    }

    private void SkipToNextRule()
    {
        while (Current.Kind != TokenKind.End && !Current.Is("rule") && !Current.Is("applies"))
        {
            Next();
        }
    }

    private RuleFileError Error(TextSpan at, string message) => new(_file, at.Line, at.Column, message);

    private sealed class SyntaxFailure : Exception;
}
