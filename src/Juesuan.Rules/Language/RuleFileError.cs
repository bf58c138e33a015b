using System.Globalization;

namespace Juesuan.Rules.Language;

/// <summary>A syntax or binding error in a rule file, pointing at file:line:column.</summary>
public sealed record RuleFileError(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: error: {Message}");
}
