namespace Juesuan.Rules.Language;

/// <summary>A place in a rule file: 1-based line and column, and the length in characters.</summary>
public readonly record struct TextSpan(int Line, int Column, int Length)
{
    /// <summary>A span covering this one and <paramref name="other"/> when both are on one line.</summary>
    public TextSpan To(TextSpan other) =>
        other.Line == Line && other.Column >= Column ? this with { Length = other.Column + other.Length - Column } : this;
}
