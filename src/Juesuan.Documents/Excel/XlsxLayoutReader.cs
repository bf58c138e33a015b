using Juesuan.Documents.Office;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Excel;

/// <summary>
/// Reads an .xlsx into a <see cref="LayoutDocument"/>, sheet by sheet in workbook order.
/// Reporting software exports one table per sheet: title rows, "单位：万元", merged header
/// rows, data rows, notes.
/// </summary>
/// <remarks>
/// Per sheet: the sheet name as a paragraph when it names a table (a recognised table title,
/// or containing "自评表" / "评价") and none of the first four rows is a title of its own;
/// then rows classified by <see cref="XlsxRowClassifier"/>: paragraphs, and one table per run
/// of table rows. A table row has one cell per column of the sheet's grid (see
/// <see cref="XlsxSheetGrid"/>: merged areas as one cell with ColumnSpan, vertical-merge
/// continuations empty). Numbers print per <see cref="XlsxNumberFormat.Display"/>.
/// Every location is <c>{ File, SheetCell = "sheet!A1" }</c>. The workbook is read with
/// ClosedXML, and with the OpenXml SDK alone when ClosedXML rejects it. Never throws on bad input.
/// </remarks>
internal static class XlsxLayoutReader
{
    /// <summary>Reads the workbook; problems become diagnostics.</summary>
    /// <param name="path">The path to report in locations.</param>
    /// <param name="xlsx">The file's bytes; read to the end, not disposed.</param>
    public static LayoutDocument Read(string path, Stream xlsx) => Read(path, xlsx, useClosedXml: true);

    /// <summary>Reads with ClosedXML first (the SDK as fallback), or with the SDK alone.</summary>
    internal static LayoutDocument Read(string path, Stream xlsx, bool useClosedXml)
    {
        using var bytes = OfficeContainer.Buffer(path, xlsx, out var problem);
        problem ??= bytes is null ? null : OfficeContainer.Check(path, bytes, "Excel", countMedia: true);
        if (bytes is null || problem is not null)
        {
            return new LayoutDocument(path, "xlsx", [], [problem!]);
        }

        var attempt = useClosedXml ? Attempt(path, bytes, XlsxClosedXmlSheets.Read) : null;
        if (attempt is null || attempt.Failed)
        {
            bytes.Position = 0;
            var fallback = Attempt(path, bytes, XlsxSdkSheets.Read);
            if (attempt is null || !fallback.Failed || fallback.Blocks.Count >= attempt.Blocks.Count)
            {
                attempt = fallback;
            }
        }

        var diagnostics = new List<Diagnostic>();
        if (attempt.Failed)
        {
            diagnostics.Add(DiagnosticCodes.Corrupt(path, "Excel"));
        }

        if (attempt.Budget.Cut is { } cut)
        {
            diagnostics.Add(DiagnosticCodes.Truncated(path, cut));
        }

        return new LayoutDocument(path, "xlsx", attempt.Blocks, diagnostics);
    }

    private sealed record Outcome(List<LayoutBlock> Blocks, XlsxReadBudget Budget, bool Failed);

    private static Outcome Attempt(string path, Stream bytes, Func<Stream, XlsxReadBudget, IEnumerable<XlsxSheetCells>> sheets)
    {
        var blocks = new List<LayoutBlock>();
        var budget = new XlsxReadBudget();
        try
        {
            var index = 0;
            foreach (var sheet in sheets(bytes, budget))
            {
                if (++index > XlsxReadBudget.MaxSheets)
                {
                    budget.Truncate($"只读取了前 {XlsxReadBudget.MaxSheets} 个工作表");
                    break;
                }

                ReadSheet(path, sheet, budget, blocks);
                if (budget.Exhausted)
                {
                    break;
                }
            }

            return new Outcome(blocks, budget, false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML and the OpenXml SDK report damaged workbooks with many exception types
            // (InvalidDataException, OpenXmlPackageException, XmlException, FormatException,
            // ArgumentException, KeyNotFoundException, NullReferenceException …): all mean the
            // same to the user. Sheets read before the failure are kept.
            return new Outcome(blocks, budget, true);
        }
    }

    private static void ReadSheet(string path, XlsxSheetCells sheet, XlsxReadBudget budget, List<LayoutBlock> blocks)
    {
        var rows = XlsxSheetGrid.Build(sheet, path, budget);
        if (rows.Count == 0)
        {
            return;
        }

        var name = CellText.Clean(sheet.Name);
        if (NamesATable(name) && !rows.Take(4).Any(IsTitleRow))
        {
            blocks.Add(new LayoutParagraph(name, XlsxSheetGrid.Locate(path, sheet.Name, 1, 1)));
        }

        XlsxRowClassifier.Emit(rows, blocks);
    }

    private static bool NamesATable(string name) =>
        TableKinds.FromTitle(name) is not null
        || name.Contains("自评表", StringComparison.Ordinal)
        || name.Contains("评价", StringComparison.Ordinal);

    /// <summary>A single text cell that is not the unit or department line printed above a table.</summary>
    private static bool IsTitleRow(XlsxRow row) =>
        row is { Single: { } s, SingleIsNumber: false }
        && !s.Text.StartsWith("单位", StringComparison.Ordinal)
        && !s.Text.StartsWith("部门", StringComparison.Ordinal)
        && !s.Text.StartsWith("编制单位", StringComparison.Ordinal)
        && !s.Text.StartsWith("公开", StringComparison.Ordinal);
}
