namespace Juesuan.Documents.Word;

/// <summary>A paragraph's own list membership, from its first w:pPr: w:numPr's w:numId and w:ilvl, and w:pStyle.</summary>
internal readonly record struct DocxListReference(int? NumId, int? Level, string? StyleId);
