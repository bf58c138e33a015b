namespace Juesuan.Domain.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Information only.</summary>
    Info,

    /// <summary>Probably wrong or incomplete.</summary>
    Warning,

    /// <summary>Wrong, or the input could not be read.</summary>
    Error,
}
