using System.Globalization;
using ClosedXML.Excel;
using Juesuan.Domain.Classification;
using static Juesuan.Documents.Inputs.InputWorkbookSchema;

namespace Juesuan.Documents.Inputs;

/// <summary>
/// Writes the input workbook a finance officer fills (<c>juesuan template</c>): department
/// information, one sheet per coded table (the code picked from the year's catalog, its name
/// filled in by a locked formula, sums as locked formulas), the 收支总表 lines that are not
/// computed, 三公, the 情况说明 inputs (last year's figures, counts, reasons) and the
/// self-evaluation. Input cells are unlocked and validated (amounts, whole counts, catalog
/// codes); everything else is locked by sheet protection without a password.
/// </summary>
public static class InputWorkbookWriter
{
    /// <summary>
    /// Writes the template for <paramref name="year"/>, filled in from <paramref name="from"/>
    /// (a published disclosure or a JSON model: its leaf rows, carry-over lines, 三公 and
    /// self-evaluation) and <paramref name="inputs"/> when given.
    /// </summary>
    public static void Write(int year, Stream output, Juesuan.Domain.Disclosures.Disclosure? from = null, Juesuan.Documents.Writing.Explanation.ExplanationInputs? inputs = null)
    {
        using var wb = new XLWorkbook();
        wb.Style.Font.FontName = "宋体";
        wb.Style.Font.FontSize = 10;
        var readme = wb.AddWorksheet(Instructions);
        readme.Cell(1, 1).SetValue($"{Marker}（{year}年度）");
        readme.Cell(1, 1).Style.Font.Bold = true;
        readme.Cell(2, 1).SetValue("年度");
        readme.Cell(2, 2).SetValue(year);
        string[] help =
        [
            "只填白色单元格；灰色单元格（科目名称、合计、小计）由公式计算，已锁定。",
            "编码表：选择或输入最底层科目编码（项、款），类、款的合计和“合计”行由 juesuan 计算，不必填写。",
            "金额单位为万元，最多两位小数；没有发生的留空（留空不等于 0）。",
            "“情况说明”中的原因由您填写；未填的，生成的文本会标出【待补充】，不会代写。",
            "填好后运行：juesuan render 本文件.xlsx --out 输出文件夹",
        ];
        for (var i = 0; i < help.Length; i++)
        {
            readme.Cell(4 + i, 1).SetValue(help[i]);
        }

        readme.Column(1).Width = 90;

        var catalog = CatalogSheet(wb, year);
        KeyValues(wb.AddWorksheet(Department), "部门信息",
            [("部门名称", InputKind.Text), ("部门职责", InputKind.Text), ("机构设置", InputKind.Text)]);
        foreach (var sheet in Coded)
        {
            CodedTable(wb.AddWorksheet(sheet.Name), sheet, catalog);
        }

        Lines(wb.AddWorksheet(CarryOver), "收支总表（收入项目与结转结余；支出按功能分类的各类由支出决算表计算）", ["栏目", "项目", "决算数"],
            CarryOverLines.Select(l => new[] { l.Section, l.Name }).ToList());
        var three = wb.AddWorksheet(ThreePublic);
        Lines(three, "财政拨款“三公”经费支出", ["项目", "预算数", "决算数"], ThreePublicLines.Select(l => new[] { l }).ToList());
        KeyValues(wb.AddWorksheet(Explanation), "情况说明所需数据与原因", ExplanationLines.Select(l => (l.Label, l.Kind)).ToList());
        Performance(wb.AddWorksheet(InputWorkbookSchema.Performance));
        if (from is not null || inputs is not null)
        {
            InputWorkbookFiller.Fill(wb, from, inputs);
        }

        catalog.Hide();
        using var buffer = new MemoryStream();
        wb.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static IXLWorksheet CatalogSheet(XLWorkbook wb, int year)
    {
        var ws = wb.AddWorksheet(CatalogSheetName);
        var row = 1;
        foreach (var e in Juesuan.Domain.Classification.Catalog.For(ClassificationKind.Function, year).Entries)
        {
            ws.Cell(row, 1).SetValue(e.Code.Digits).DataType = XLDataType.Text;
            ws.Cell(row++, 2).SetValue(e.Name);
        }

        row = 1;
        foreach (var e in Juesuan.Domain.Classification.Catalog.For(ClassificationKind.Economic, year).Entries)
        {
            ws.Cell(row, 4).SetValue(e.Code.Digits).DataType = XLDataType.Text;
            ws.Cell(row++, 5).SetValue(e.Name);
        }

        return ws;
    }

    private static void CodedTable(IXLWorksheet ws, CodedSheet sheet, IXLWorksheet catalog)
    {
        Title(ws, $"{sheet.Kind.TitleOf()}（单位：万元）", sheet.Columns.Count + 2);
        Headers(ws, [sheet.Economic ? "经济分类科目编码" : "功能分类科目编码", "科目名称", .. sheet.Columns]);
        var last = FirstRow + CodedRows - 1;
        var codeColumn = sheet.Economic ? "D" : "A";
        var codes = ws.Range(FirstRow, 1, last, 1);
        codes.Style.NumberFormat.Format = "@";
        var count = catalog.Column(sheet.Economic ? 4 : 1).LastCellUsed().Address.RowNumber;
        var list = codes.SetDataValidation();
        list.List(catalog.Range($"{codeColumn}1:{codeColumn}{count}"), true);
        list.ErrorTitle = "科目编码";
        list.ErrorMessage = "请选择本年度政府收支分类科目中的编码";
        var nameRange = sheet.Economic ? $"{CatalogSheetName}!$D:$E" : $"{CatalogSheetName}!$A:$B";
        for (var r = FirstRow; r <= last; r++)
        {
            ws.Cell(r, 2).FormulaA1 = $"IF($A{r}=\"\",\"\",IFERROR(VLOOKUP($A{r},{nameRange},2,FALSE),\"编码不在科目表中\"))";
            if (sheet.SumColumn is { } sum)
            {
                var parts = string.Join(",", sheet.SumParts.Select(p => ws.Cell(r, p + 3).Address.ToString()));
                ws.Cell(r, sum + 3).FormulaA1 = $"IF(COUNT({parts})=0,\"\",SUM({parts}))";
            }
        }

        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            if (c != sheet.SumColumn)
            {
                Amounts(ws.Range(FirstRow, c + 3, last, c + 3));
            }
            else
            {
                Computed(ws.Range(FirstRow, c + 3, last, c + 3));
                ws.Range(FirstRow, c + 3, last, c + 3).Style.NumberFormat.Format = "#,##0.00";
            }
        }

        Unlock(codes);
        Computed(ws.Range(FirstRow, 2, last, 2));
        ws.Column(1).Width = 18;
        ws.Column(2).Width = 36;
        ws.Columns(3, sheet.Columns.Count + 2).Width = 16;
        Protect(ws);
    }

    private static void Lines(IXLWorksheet ws, string title, string[] headers, IReadOnlyList<string[]> lines)
    {
        Title(ws, title + "（单位：万元）", headers.Length);
        Headers(ws, headers);
        var labels = lines[0].Length;
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < labels; j++)
            {
                ws.Cell(FirstRow + i, j + 1).SetValue(lines[i][j]);
            }
        }

        Amounts(ws.Range(FirstRow, labels + 1, FirstRow + lines.Count - 1, headers.Length));
        ws.Columns(1, labels).Width = 36;
        ws.Columns(labels + 1, headers.Length).Width = 16;
        Protect(ws);
    }

    private static void KeyValues(IXLWorksheet ws, string title, IReadOnlyList<(string Label, InputKind Kind)> lines)
    {
        Title(ws, title, 2);
        Headers(ws, ["项目", "内容"]);
        for (var i = 0; i < lines.Count; i++)
        {
            var (label, kind) = lines[i];
            ws.Cell(FirstRow + i, 1).SetValue(label);
            var input = ws.Range(FirstRow + i, 2, FirstRow + i, 2);
            switch (kind)
            {
                case InputKind.Amount:
                    Amounts(input);
                    break;
                case InputKind.Count:
                    Unlock(input);
                    var v = input.SetDataValidation();
                    v.WholeNumber.EqualOrGreaterThan(0);
                    v.ErrorMessage = "请填写不小于 0 的整数";
                    break;
                default:
                    Unlock(input);
                    input.Style.Alignment.WrapText = true;
                    break;
            }
        }

        ws.Column(1).Width = 44;
        ws.Column(2).Width = 80;
        Protect(ws);
    }

    private static void Performance(IXLWorksheet ws)
    {
        Title(ws, "部门整体支出绩效自评（每行一项三级指标）", PerformanceColumns.Count);
        Headers(ws, PerformanceColumns);
        var last = FirstRow + 99;
        Unlock(ws.Range(FirstRow, 1, last, PerformanceColumns.Count));
        foreach (var c in new[] { 4, 7 })
        {
            var v = ws.Range(FirstRow, c, last, c).SetDataValidation();
            v.Decimal.Between(0, 100);
            v.ErrorMessage = "分值和得分为 0 到 100 之间的数";
        }

        ws.Columns(1, PerformanceColumns.Count).Width = 18;
        Protect(ws);
    }

    private static void Title(IXLWorksheet ws, string text, int width)
    {
        ws.Cell(1, 1).SetValue(text);
        ws.Range(1, 1, 1, Math.Max(width, 1)).Merge().Style.Font.SetBold(true).Font.SetFontSize(14);
    }

    private static void Headers(IXLWorksheet ws, IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            ws.Cell(2, i + 1).SetValue(headers[i]);
        }

        ws.Range(2, 1, 2, headers.Count).Style.Font.SetBold(true).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.SheetView.FreezeRows(2);
    }

    private static void Amounts(IXLRange range)
    {
        Unlock(range);
        range.Style.NumberFormat.Format = "#,##0.00";
        var v = range.SetDataValidation();
        v.Decimal.EqualOrGreaterThan(-999999999);
        v.ErrorTitle = "金额";
        v.ErrorMessage = "请填写数字（万元，最多两位小数）";
    }

    private static void Computed(IXLRange range) => range.Style.Fill.BackgroundColor = XLColor.FromHtml("#EEEEEE");

    private static void Unlock(IXLRange range) => range.Style.Protection.SetLocked(false);

    private static void Protect(IXLWorksheet ws) => ws.Protect().AllowElement(XLSheetProtectionElements.FormatColumns | XLSheetProtectionElements.FormatRows);

    private static string TitleOf(this Juesuan.Domain.Tables.TableKind kind) => Juesuan.Domain.Tables.TableKinds.Title(kind);
}
