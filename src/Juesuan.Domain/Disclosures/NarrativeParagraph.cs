using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Disclosures;

/// <summary>A paragraph of running text with the part it belongs to and where it starts.</summary>
/// <param name="Text">The paragraph, with lines wrapped inside sentences joined back.</param>
/// <param name="Part">The part of the document it is in.</param>
/// <param name="Heading">The nearest heading above it ("三、支出决算情况说明"), when any.</param>
/// <param name="Location">Where it starts (line for text inputs).</param>
/// <param name="EndLine">For text inputs, the last line it spans.</param>
public sealed record NarrativeParagraph(string Text, DocumentPart Part, string? Heading, SourceLocation Location, int? EndLine = null)
{
    /// <summary>Position in document order among paragraphs, tables and evaluations.</summary>
    public int Order { get; init; }
}
