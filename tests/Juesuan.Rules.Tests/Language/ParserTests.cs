using Juesuan.Domain.Diagnostics;
using Juesuan.Rules.Binding;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Language;
using Juesuan.Rules.Language.Syntax;

namespace Juesuan.Rules.Tests.Language;

public class ParserTests
{
    private static (RuleFileSyntax File, List<RuleFileError> Errors) Parse(string text)
    {
        var errors = new List<RuleFileError>();
        return (Parser.ParseFile(text, "my.rules", errors), errors);
    }

    [Fact]
    public void ParseFile_RuleWithAllClauses_KeepsEveryPart()
    {
        var (file, errors) = Parse("""
            applies to 决算 years 2019..2030
            # comment
            rule X-1.a error "标题"
              for r in 支出表[类]
              when count(children(r)) > 0
              assert r.本年支出合计 = sum(children(r).本年支出合计)
              message "{row}：{actual} ≠ {expected}"
              explain "说明"
            """);
        Assert.Empty(errors);
        Assert.Equal("决算", file.DocumentKind);
        Assert.Equal(2019, file.FirstYear);
        Assert.Equal(2030, file.LastYear);
        var rule = Assert.Single(file.Rules);
        Assert.Equal("X-1.a", rule.Id);
        Assert.Equal(Severity.Error, rule.Severity);
        Assert.Equal("r", rule.ForVariable);
        Assert.NotNull(rule.When);
        Assert.IsType<BinaryExpr>(rule.Assert);
        Assert.Equal("说明", rule.Explain);
        Assert.Equal(3, rule.Span.Line);
    }

    [Fact]
    public void ParseExpression_CoalesceBindsTighterThanPlus()
    {
        var e = Parser.ParseExpression("a ?? 0 + b ?? 0", []);
        var plus = Assert.IsType<BinaryExpr>(e);
        Assert.Equal("+", plus.Operator);
        Assert.Equal("??", Assert.IsType<BinaryExpr>(plus.Left).Operator);
        Assert.Equal("??", Assert.IsType<BinaryExpr>(plus.Right).Operator);
    }

    [Theory]
    [InlineData("总表[收入:总计]", null, null, "收入", "总计", false)]
    [InlineData("支出表[类]", "类", null, null, null, false)]
    [InlineData("支出表[201*]", null, "201", null, null, true)]
    [InlineData("支出表[款 201*]", "款", "201", null, null, true)]
    [InlineData("支出表[2010601]", null, "2010601", null, null, false)]
    [InlineData("三公表[\"公务接待费\"]", null, null, null, "公务接待费", false)]
    public void ParseExpression_Selectors(string text, string? level, string? code, string? section, string? name, bool prefix)
    {
        var ix = Assert.IsType<IndexExpr>(Parser.ParseExpression(text, []));
        Assert.Equal(level, ix.Selector.Level);
        Assert.Equal(code, ix.Selector.Code);
        Assert.Equal(section, ix.Selector.Section);
        Assert.Equal(name, ix.Selector.Name);
        Assert.Equal(prefix, ix.Selector.Prefix);
    }

    [Theory]
    [InlineData("rule A1 error \"t\"\n  assert 1 = \n", 3, 1, "此处应为表达式，实为文件结尾")]
    [InlineData("rule A1 fatal \"t\" assert 1 = 1", 1, 9, "严重程度应为 error、warning 或 info，实为“fatal”")]
    [InlineData("rule A1 error \"t\"\n  assert 1 = 1 @", 2, 16, "无法识别的字符“@”")]
    [InlineData("rule A1 error \"unterminated\n assert 1 = 1", 1, 15, RuleMessages.UnterminatedString)]
    [InlineData("rule A1 error \"t\"\n  explain \"x\"", 1, 1, "规则 A1 缺少 assert 子句")]
    [InlineData("assert 1 = 1", 1, 1, "此处应为“rule”或“applies”，实为“assert”")]
    public void ParseFile_SyntaxError_PointsAtLineAndColumn(string text, int line, int column, string message)
    {
        var (_, errors) = Parse(text);
        var error = errors[0];
        Assert.Equal(("my.rules", line, column, message), (error.File, error.Line, error.Column, error.Message));
        Assert.StartsWith($"my.rules:{line}:{column}: error: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_ErrorInOneRule_StillParsesTheNext()
    {
        var (file, errors) = Parse("rule A error \"a\" assert (1 = \nrule B error \"b\" assert 1 = 1");
        Assert.Single(errors);
        Assert.Equal("B", Assert.Single(file.Rules).Id);
    }
}

public class BinderTests
{
    private static List<RuleFileError> Compile(string text)
    {
        var errors = new List<RuleFileError>();
        RuleCompiler.Compile(text, "b.rules", errors);
        return errors;
    }

    [Theory]
    [InlineData("rule A error \"t\" assert 支出总表[合计].决算数 = 1", 1, 25, "未知的名称“支出总表”（不是表名、变量或常量）")]
    [InlineData("rule A error \"t\" assert 支出表[合计].支出合计 = 1", 1, 33, "表“支出表”没有“支出合计”栏（可用：本年支出合计、基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出）")]
    [InlineData("rule A error \"t\" assert total(支出表[类].基本支出) = 1", 1, 25, "未知的函数“total”")]
    [InlineData("rule A error \"t\" assert abs(1, 2) = 1", 1, 25, "函数 abs 需要 1 个参数，实为 2 个")]
    [InlineData("rule A error \"t\" assert 1 + 2", 1, 25, "此处应为条件（真/假），实为数字")]
    [InlineData("rule A error \"t\" assert sum(支出表[类]) = 1", 1, 29, "此处应为数字或一栏，实为行集")]
    [InlineData("applies to 预算\nrule A error \"t\" assert 1 = 1", 1, 1, "未知的文档类别“预算”（决算、自评 或 全部）")]
    [InlineData("rule A error \"t\" assert 1 = 1\nrule A error \"t\" assert 1 = 1", 2, 1, "规则编号 A 重复")]
    public void Compile_BindingError_PointsAtTheName(string text, int line, int column, string message)
    {
        var e = Compile(text)[0];
        Assert.Equal((line, column, message), (e.Line, e.Column, e.Message));
    }

    [Fact]
    public void Compile_QuotedColumn_IsNotValidatedAgainstTheCanonicalColumns()
    {
        Assert.Empty(Compile("rule A error \"t\" assert 支出表[合计].\"其他支出\" ?? 0 = 0"));
    }

    [Fact]
    public void ShippedRules_AllCompile_WithUniqueIds()
    {
        var rules = RuleSet.Default.Rules;
        Assert.True(rules.Count >= 60, $"only {rules.Count} shipped rules");
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(rules.Select(r => r.Id), id => BuiltInRules.All.Any(b => b.Id == id));
    }
}
