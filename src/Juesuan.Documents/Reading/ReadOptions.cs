namespace Juesuan.Documents.Reading;

/// <summary>Limits that keep hostile or accidental inputs from exhausting the machine.</summary>
public sealed record ReadOptions
{
    /// <summary>Largest file accepted, in bytes (default 200 MB).</summary>
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Defaults.</summary>
    public static ReadOptions Default { get; } = new();
}
