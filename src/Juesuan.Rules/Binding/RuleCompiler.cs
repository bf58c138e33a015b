using Juesuan.Rules.Language;
using Juesuan.Rules.Language.Syntax;

namespace Juesuan.Rules.Binding;

/// <summary>Parses and binds rule files into <see cref="CompiledRule"/>s.</summary>
public static class RuleCompiler
{
    private static readonly HashSet<string> DocumentKinds = ["决算", "自评", "全部"];

    /// <summary>Compiles one file's text; errors (file:line:column) go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<CompiledRule> Compile(string text, string file, List<RuleFileError> errors)
    {
        var syntax = Parser.ParseFile(text, file, errors);
        if (!DocumentKinds.Contains(syntax.DocumentKind))
        {
            errors.Add(new RuleFileError(file, 1, 1, RuleMessages.UnknownDocumentKind(syntax.DocumentKind)));
        }

        var rules = new List<CompiledRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in syntax.Rules)
        {
            if (!seen.Add(r.Id))
            {
                errors.Add(new RuleFileError(file, r.Span.Line, r.Span.Column, RuleMessages.DuplicateRule(r.Id)));
            }

            var compiled = Bind(r, syntax, errors);
            if (compiled is not null)
            {
                rules.Add(compiled);
            }
        }

        return rules;
    }

    private static CompiledRule? Bind(RuleSyntax r, RuleFileSyntax file, List<RuleFileError> errors)
    {
        var before = errors.Count;
        var binder = new Binder(file.File, errors, r.ForVariable);
        var rows = r.ForRows is null ? null : binder.BindLoopSource(r.ForRows);
        var when = r.When is null ? null : binder.Bind(r.When, ValueKind.Bool);
        var assert = r.Assert is null ? null : binder.Bind(r.Assert, ValueKind.Bool);
        if (assert is null || errors.Count > before)
        {
            return null;
        }

        return new CompiledRule
        {
            Id = r.Id,
            Severity = r.Severity,
            Title = r.Title,
            File = file.File,
            Line = r.Span.Line,
            Assert = assert,
            DocumentKind = file.DocumentKind,
            FirstYear = file.FirstYear,
            LastYear = file.LastYear,
            Variable = r.ForVariable,
            ForRows = rows,
            When = when,
            Message = r.Message,
            Explain = r.Explain,
        };
    }
}
