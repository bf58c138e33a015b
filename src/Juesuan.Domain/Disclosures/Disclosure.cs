using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Domain.Disclosures;

/// <summary>
/// One document read into the model: a 部门决算, a self-evaluation report, or both. The same
/// model comes out of every reader (text, .docx, .xlsx, .pdf).
/// </summary>
public sealed record Disclosure
{
    /// <summary>The input path as given.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The input format ("text", "docx", "xlsx", "pdf").</summary>
    public string Format { get; init; } = string.Empty;

    /// <summary>The department (预算单位) name, when found.</summary>
    public string? Department { get; init; }

    /// <summary>The fiscal year reported on, when found.</summary>
    public int? Year { get; init; }

    /// <summary>Parts found.</summary>
    public DocumentPart Parts { get; init; }

    /// <summary>Recognised tables in document order.</summary>
    public IReadOnlyList<DisclosureTable> Tables { get; init; } = [];

    /// <summary>Self-evaluations, rubrics and narrative score breakdowns.</summary>
    public IReadOnlyList<Evaluation> Evaluations { get; init; } = [];

    /// <summary>Running text in document order.</summary>
    public IReadOnlyList<NarrativeParagraph> Narrative { get; init; } = [];

    /// <summary>What the reader noticed: unknown codes, missing tables, unreadable parts.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The first table of a kind, or null.</summary>
    public DisclosureTable? Table(TableKind kind) => Tables.FirstOrDefault(t => t.Kind == kind);
}
