namespace Juesuan.Domain.Diagnostics;

/// <summary>A problem found while reading user input: never an exception.</summary>
/// <param name="Code">Stable code such as "JS0101"; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">A Chinese message for the person who fixes the document.</param>
/// <param name="Location">Where it is.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    /// <summary>Compiler style: "file:line: error JS0101: message".</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
