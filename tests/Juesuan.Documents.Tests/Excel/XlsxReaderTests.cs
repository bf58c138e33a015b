using ClosedXML.Excel;
using Juesuan.Documents.Excel;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;
using static Juesuan.Documents.Tests.Word.LayoutSamples;

namespace Juesuan.Documents.Tests.Excel;

public class XlsxReaderTests
{
    private static LayoutDocument Read(Action<XLWorkbook> build)
    {
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            build(wb);
            wb.SaveAs(ms);
        }

        return ReadBothWays(ms.ToArray());
    }

    /// <summary>Reads with ClosedXML and with the SDK fallback, asserts both agree, returns the first.</summary>
    private static LayoutDocument ReadBothWays(byte[] bytes)
    {
        var closedXml = XlsxLayoutReader.Read("in.xlsx", new MemoryStream(bytes));
        var sdk = XlsxLayoutReader.Read("in.xlsx", new MemoryStream(bytes), useClosedXml: false);
        Assert.Equal(Shape(closedXml), Shape(sdk));
        Assert.Equal(Locations(closedXml), Locations(sdk));
        Assert.Equal(closedXml.Diagnostics, sdk.Diagnostics);
        return closedXml;
    }

    private static List<string?> Locations(LayoutDocument doc) => doc.Blocks.SelectMany(b => b switch
    {
        LayoutTable t => t.Rows.SelectMany(r => r.Cells.Select(c => c.Location.SheetCell)).Prepend(t.Location.SheetCell),
        _ => [b.Location.SheetCell],
    }).ToList();

    private static void Border(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>An export as reporting software makes it: title, unit line, two header rows, data, note.</summary>
    private static void Export(XLWorkbook wb, string sheet, bool withTitle, bool borders = true)
    {
        var ws = wb.AddWorksheet(sheet);
        var r = 1;
        if (withTitle)
        {
            ws.Cell(r, 1).SetValue("收入决算表");
            ws.Range(r, 1, r, 4).Merge();
            r++;
        }

        ws.Cell(r, 1).SetValue("部门：某某办公室");
        ws.Cell(r, 4).SetValue("单位：万元");
        r++;
        var top = r;
        ws.Cell(r, 1).SetValue("项目");
        ws.Range(r, 1, r + 1, 1).Merge();
        ws.Cell(r, 2).SetValue("金额");
        ws.Range(r, 2, r, 3).Merge();
        ws.Cell(r, 4).SetValue("备注");
        r++;
        ws.Cell(r, 2).SetValue("基本支出");
        ws.Cell(r, 3).SetValue("项目支出");
        r++;
        ws.Cell(r, 1).SetValue("一般公共服务支出");
        ws.Cell(r, 2).SetValue(16.9);
        ws.Cell(r, 2).Style.NumberFormat.Format = "0.00";
        ws.Cell(r, 3).SetValue(2940.05);
        ws.Cell(r, 3).Style.NumberFormat.NumberFormatId = 4;
        r++;
        ws.Cell(r, 1).SetValue("外交支出"); // a line item with blank amounts
        r++;
        ws.Cell(r, 1).SetValue("合计");
        ws.Cell(r, 2).FormulaA1 = "B5+B6";
        ws.Cell(r, 3).SetValue(0);
        if (borders)
        {
            Border(ws.Range(top, 1, r, 4));
        }

        r += 2;
        ws.Cell(r, 1).SetValue("注：本表反映部门本年度收入情况。");
    }

    [Fact]
    public void Export_reads_as_title_unit_line_table_and_note()
    {
        var doc = Read(wb => Export(wb, "收入决算表", withTitle: true));
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(
        [
            "P:收入决算表",
            "T:部门：某某办公室 ‖  ‖  ‖ 单位：万元"
            + " / 项目 ‖ 金额<2> ‖ 备注"
            + " /  ‖ 基本支出 ‖ 项目支出 ‖ "
            + " / 一般公共服务支出 ‖ 16.90 ‖ 2,940.05 ‖ "
            + " / 外交支出 ‖  ‖  ‖ "
            + " / 合计 ‖  ‖ 0 ‖ ",
            "P:注：本表反映部门本年度收入情况。",
        ],
            Shape(doc));
    }

    [Fact]
    public void Locations_are_sheet_cells()
    {
        var doc = Read(wb => Export(wb, "收入决算表", withTitle: true));
        var table = doc.Blocks.OfType<LayoutTable>().Single();
        Assert.Equal(new SourceLocation { File = "in.xlsx", SheetCell = "收入决算表!A2" }, table.Location);
        Assert.Equal("收入决算表!B5", table.Rows[3].Cells[1].Location.SheetCell);
        Assert.Equal("收入决算表!B3", table.Rows[1].Cells[1].Location.SheetCell);
        Assert.Equal("收入决算表!D3", table.Rows[1].Cells[2].Location.SheetCell);
        Assert.Equal("收入决算表!A1", doc.Blocks[0].Location.SheetCell);
    }

    [Fact]
    public void Meaningful_sheet_name_becomes_the_title_when_the_sheet_has_none()
    {
        var doc = Read(wb =>
        {
            Export(wb, "收入决算表", withTitle: false);
            Export(wb, "Sheet2", withTitle: false);
            Export(wb, "项目支出绩效自评表", withTitle: false);
        });
        var paragraphs = Paragraphs(doc);
        Assert.Equal(["收入决算表", "注：本表反映部门本年度收入情况。", "注：本表反映部门本年度收入情况。", "项目支出绩效自评表", "注：本表反映部门本年度收入情况。"], paragraphs);
        Assert.Equal(3, doc.Blocks.OfType<LayoutTable>().Count());
    }

    [Fact]
    public void Without_borders_a_line_item_between_table_rows_stays_in_the_table()
    {
        var doc = Read(wb => Export(wb, "Sheet1", withTitle: true, borders: false));
        Assert.Equal(["收入决算表", "注：本表反映部门本年度收入情况。"], Paragraphs(doc));
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.Contains(table.Rows, r => r.Cells[0].Text == "外交支出");
    }

    [Fact]
    public void Formula_results_are_read_from_the_cached_value()
    {
        // ClosedXML writes no cached values; Excel does. Emulate with the SDK.
        using var ms = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("S");
            ws.Cell("A1").SetValue("合计");
            ws.Cell("B1").SetValue(1);
            wb.SaveAs(ms);
        }

        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(ms, true))
        {
            var part = doc.WorkbookPart!.WorksheetParts.First();
            var row = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First();
            row.Append(new DocumentFormat.OpenXml.Spreadsheet.Cell(
                new DocumentFormat.OpenXml.Spreadsheet.CellFormula("B1*235.81"),
                new DocumentFormat.OpenXml.Spreadsheet.CellValue("235.81000000000003"))
            { CellReference = "C1" });
            part.Worksheet.Save();
        }

        Assert.Equal(["T:合计 ‖ 1 ‖ 235.81"], Shape(ReadBothWays(ms.ToArray())));
    }

    [Fact]
    public void Numbers_print_with_the_cells_format()
    {
        var doc = Read(wb =>
        {
            var ws = wb.AddWorksheet("S");
            (object Value, string Format, int Id)[] cells =
            [
                (16.9, "0.00", -1), (16.9, string.Empty, 2), (2940.05, "#,##0.00_ ", -1), (0.1 + 0.2, string.Empty, 0),
                (0.1234, string.Empty, 10), (1.5, "0.0#", -1), (-5.0, "#,##0.00;[Red]-#,##0.00", -1), (7.0, "@", -1),
            ];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = ws.Cell(1, i + 1);
                cell.SetValue((double)cells[i].Value);
                if (cells[i].Format.Length > 0)
                {
                    cell.Style.NumberFormat.Format = cells[i].Format;
                }
                else
                {
                    cell.Style.NumberFormat.NumberFormatId = cells[i].Id;
                }
            }

            ws.Cell(2, 1).SetValue(new DateTime(2024, 12, 31));
            ws.Cell(2, 2).SetValue(true);
        });
        Assert.Equal(["T:16.90 ‖ 16.90 ‖ 2,940.05 ‖ 0.3 ‖ 12.34% ‖ 1.5 ‖ -5.00 ‖ 7 / 2024-12-31 ‖ TRUE ‖  ‖  ‖  ‖  ‖  ‖ "], Shape(doc));
    }

    [Fact]
    public void A_stray_far_away_cell_is_bounded()
    {
        var doc = Read(wb =>
        {
            var ws = wb.AddWorksheet("S");
            ws.Cell("A1").SetValue("项目");
            ws.Cell("B1").SetValue(1);
            ws.Cell("XFD1048576").SetValue("远处");
            wb.AddWorksheet("T").Cell("A1").SetValue("下一个工作表照常读取");
        });
        Assert.Equal("JS0010", Assert.Single(doc.Diagnostics).Code);
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.Equal(256, table.Rows[0].Cells.Count);
        Assert.Equal("P:下一个工作表照常读取", Shape(doc.Blocks[^1]));
    }

    [Fact]
    public void Empty_and_text_only_sheets()
    {
        var doc = Read(wb =>
        {
            wb.AddWorksheet("空");
            var ws = wb.AddWorksheet("说明");
            ws.Cell("A1").SetValue("一、部门职责");
            ws.Cell("A2").SetValue("负责全区机构编制管理。");
            ws.Cell("A4").SetValue("2024");
        });
        Assert.Equal(["P:一、部门职责", "P:负责全区机构编制管理。", "P:2024"], Shape(doc));
    }

    [Fact]
    public void Sdk_reader_handles_what_closedxml_needs_not_write()
    {
        // Inline strings, booleans, errors, a missing cell reference, phonetic runs and a
        // merge given bottom-up: written with the SDK, read by the fallback alone.
        using var ms = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheetPart = book.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var strings = book.AddNewPart<DocumentFormat.OpenXml.Packaging.SharedStringTablePart>();
            strings.SharedStringTable = new DocumentFormat.OpenXml.Spreadsheet.SharedStringTable(
                new DocumentFormat.OpenXml.Spreadsheet.SharedStringItem(
                    new DocumentFormat.OpenXml.Spreadsheet.Run(new DocumentFormat.OpenXml.Spreadsheet.Text("合")),
                    new DocumentFormat.OpenXml.Spreadsheet.Run(new DocumentFormat.OpenXml.Spreadsheet.Text("计")),
                    new DocumentFormat.OpenXml.Spreadsheet.PhoneticRun(new DocumentFormat.OpenXml.Spreadsheet.Text("he ji")) { BaseTextStartIndex = 0U, EndingBaseIndex = 1U }));
            var row = new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = 2U };
            row.Append(
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue("0")) { CellReference = "A2", DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString },
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("内联"))) { DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString },
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue("1")) { CellReference = "C2", DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Boolean },
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue("#DIV/0!")) { CellReference = "D2", DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Error },
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue("12.5")) { CellReference = "E2" });
            var row3 = new DocumentFormat.OpenXml.Spreadsheet.Row(
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue("7")) { CellReference = "B3" },
                new DocumentFormat.OpenXml.Spreadsheet.Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue("8")) { CellReference = "XFE3" });
            sheetPart.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(
                new DocumentFormat.OpenXml.Spreadsheet.SheetData(row, row3),
                new DocumentFormat.OpenXml.Spreadsheet.MergeCells(new DocumentFormat.OpenXml.Spreadsheet.MergeCell { Reference = "C3:B3" }));
            book.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = "S", SheetId = 1U, Id = book.GetIdOfPart(sheetPart) }));
        }

        var read = XlsxLayoutReader.Read("in.xlsx", new MemoryStream(ms.ToArray()), useClosedXml: false);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(["T:合计 ‖ 内联 ‖ TRUE ‖ #DIV/0! ‖ 12.5 /  ‖ 7<2> ‖  ‖ "], Shape(read));
        Assert.Equal("S!B3", ((LayoutTable)read.Blocks[0]).Rows[1].Cells[1].Location.SheetCell);
    }
}
