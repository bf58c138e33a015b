namespace Juesuan.Documents.Excel;

/// <summary>
/// Work left for one workbook. A spreadsheet's used range can reach XFD1048576 with one stray
/// cell, so every loop over cells or grid positions draws on this and stops when it is spent.
/// </summary>
internal sealed class XlsxReadBudget
{
    /// <summary>Sheets read at most.</summary>
    public const int MaxSheets = 200;

    /// <summary>Cells with text read at most.</summary>
    public const int MaxTextCells = 100_000;

    /// <summary>Stored cells (text or formatting) looked at.</summary>
    public const int MaxStoredCells = 1_000_000;

    /// <summary>Grid positions (rows × columns, merged areas) laid out.</summary>
    public const int MaxGridPositions = 2_000_000;

    /// <summary>Columns of one sheet.</summary>
    public const int MaxColumns = 256;

    /// <summary>Remaining text cells.</summary>
    public int TextCells { get; set; } = MaxTextCells;

    /// <summary>Remaining stored cells.</summary>
    public int StoredCells { get; set; } = MaxStoredCells;

    /// <summary>Remaining grid positions.</summary>
    public long GridPositions { get; set; } = MaxGridPositions;

    /// <summary>What was cut, for the Truncated diagnostic; null when nothing was.</summary>
    public string? Cut { get; private set; }

    /// <summary>Records the first cut.</summary>
    public void Truncate(string what) => Cut ??= what;
}
