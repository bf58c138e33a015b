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

    /// <summary>True once a budget is spent: reading stops.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>
    /// Spends one stored cell (and one text cell when it has text); false, with the cut
    /// recorded, when the budget is spent and reading should stop.
    /// </summary>
    public bool Take(bool hasText)
    {
        if (--StoredCells < 0)
        {
            Truncate($"只读取了前 {MaxStoredCells} 个单元格");
            return false;
        }

        if (hasText && --TextCells < 0)
        {
            Truncate($"只读取了前 {MaxTextCells} 个有内容的单元格");
            return false;
        }

        return true;
    }

    /// <summary>Records a cut (the first is reported); <paramref name="stop"/> when nothing more should be read.</summary>
    public void Truncate(string what, bool stop = true)
    {
        Cut ??= what;
        Exhausted |= stop;
    }
}
