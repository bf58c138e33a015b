using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Domain.Tables;

/// <summary>A value of a table row: the amount (null when the cell was blank) and where it was.</summary>
/// <param name="Amount">The printed figure; null for a blank cell (blank is not zero).</param>
/// <param name="Text">The cell text as printed, trimmed.</param>
/// <param name="Location">Where the cell is in the input.</param>
public sealed record TableCell(Amount? Amount, string Text, SourceLocation Location)
{
    /// <summary>True when nothing was printed.</summary>
    public bool IsBlank => Amount is null && Text.Length == 0;
}
