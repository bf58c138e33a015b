using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>A laid-out table with what was found around it: title, label, unit.</summary>
internal sealed record TableInput(
    TableKind Kind,
    string Title,
    string? Label,
    AmountUnit Unit,
    IReadOnlyList<LayoutRow> Rows,
    SourceLocation Location,
    bool DeclaredEmpty)
{
    /// <summary>Widest row.</summary>
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);

    /// <summary>True for a 栏次 row ("栏次 1 2 3", or just consecutive ordinals).</summary>
    public static bool IsOrdinalRow(LayoutRow row)
    {
        var texts = row.Cells.Select(c => CellText.Compact(c.Text)).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0)
        {
            return false;
        }

        if (texts[0] is "栏次" or "行次")
        {
            return true;
        }

        if (texts.Count < 3)
        {
            return false;
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every cell is empty.</summary>
    public static bool IsEmptyRow(LayoutRow row) => row.Cells.All(c => CellText.IsBlank(c.Text));

    /// <summary>The extracted table: this input's kind, title, label, unit and location with the given columns and rows.</summary>
    public DisclosureTable ToTable(IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows) => new()
    {
        Kind = Kind,
        Title = Title,
        Label = Label,
        Unit = Unit,
        Columns = columns,
        Rows = rows,
        DeclaredEmpty = DeclaredEmpty,
        Location = Location,
    };

    /// <summary>Builds a table cell from a layout cell.</summary>
    public static TableCell Cell(LayoutCell cell) => new(CellValues.Amount(cell.Text), cell.Text, cell.Location);
}
