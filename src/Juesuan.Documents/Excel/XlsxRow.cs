using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Excel;

/// <summary>A spreadsheet row laid out as cells, with what the row classifier looks at.</summary>
/// <param name="Cells">One cell per grid column; a merged area is one cell with its ColumnSpan.</param>
/// <param name="Location">The row's first cell.</param>
/// <param name="NonEmpty">Cells with text.</param>
/// <param name="Single">The only cell with text when <paramref name="NonEmpty"/> is 1.</param>
/// <param name="SingleIsNumber">That cell holds a number (not numeric-looking text).</param>
/// <param name="Bordered">Its cells have borders, as table cells do and titles do not.</param>
/// <param name="IsGap">Stands for one or more rows that hold nothing at all.</param>
internal sealed record XlsxRow(
    IReadOnlyList<LayoutCell> Cells,
    SourceLocation Location,
    int NonEmpty,
    LayoutCell? Single,
    bool SingleIsNumber,
    bool Bordered,
    bool IsGap = false);
