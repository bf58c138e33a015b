namespace Juesuan.Rules.Language.Syntax;

/// <summary>A parsed rule file: its scope and its rules.</summary>
/// <param name="File">Path or resource name, used in error messages.</param>
/// <param name="DocumentKind">决算, 自评 or 全部 (from <c>applies to</c>); 全部 when absent.</param>
/// <param name="FirstYear">First report year the file applies to.</param>
/// <param name="LastYear">Last report year the file applies to.</param>
/// <param name="Rules">Rules in file order.</param>
public sealed record RuleFileSyntax(string File, string DocumentKind, int? FirstYear, int? LastYear, IReadOnlyList<RuleSyntax> Rules);
