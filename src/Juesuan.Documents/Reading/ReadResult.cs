using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Reading;

/// <summary>The outcome of reading one file: a disclosure, or the reason it could not be read.</summary>
/// <param name="Path">The input path as given.</param>
/// <param name="Disclosure">The model; null when the file could not be read at all.</param>
/// <param name="Failure">Why the file could not be read; null on success.</param>
public sealed record ReadResult(string Path, Disclosure? Disclosure, Diagnostic? Failure)
{
    /// <summary>True when a model was produced.</summary>
    public bool Succeeded => Disclosure is not null && Failure is null;
}
