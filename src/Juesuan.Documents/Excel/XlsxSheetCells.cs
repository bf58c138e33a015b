namespace Juesuan.Documents.Excel;

/// <summary>A stored cell that matters for layout: it has text, or borders, or both.</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">Displayed text (see <see cref="XlsxCellText"/>), empty for a formatted blank.</param>
/// <param name="IsNumber">Holds a number rather than text.</param>
/// <param name="Bordered">Has a border on any side.</param>
internal readonly record struct XlsxStoredCell(int Row, int Column, string Text, bool IsNumber, bool Bordered);

/// <summary>A merged area, 1-based and inclusive.</summary>
internal readonly record struct XlsxMerge(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>
/// What a worksheet holds, independent of the library that read it: its name, its stored
/// cells and its merged areas.
/// </summary>
internal sealed record XlsxSheetCells(string Name, IReadOnlyList<XlsxStoredCell> Cells, IReadOnlyList<XlsxMerge> Merges);
