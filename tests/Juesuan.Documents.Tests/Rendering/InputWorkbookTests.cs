using ClosedXML.Excel;
using Juesuan.Documents.Inputs;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Tests.Rendering;

/// <summary>The input workbook: what the template offers, and what a filled one reads back to.</summary>
public class InputWorkbookTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("juesuan-input-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>Inputs with every field given.</summary>
    private static ExplanationInputs CompleteInputs { get; } = SampleInputs.Create();

    [Fact]
    public void Template_OffersEverySheet_WithLockedFormulasAndValidatedInputs()
    {
        var path = Path.Combine(dir, "t.xlsx");
        using (var s = File.Create(path))
        {
            InputWorkbookWriter.Write(2024, s);
        }

        Assert.True(InputWorkbookReader.IsInputWorkbook(path));
        using var wb = new XLWorkbook(path);
        foreach (var name in new[] { "填表说明", "部门信息", "收入决算表", "支出决算表", "基本支出明细", "收支总表", "三公经费", "情况说明", "绩效自评" })
        {
            Assert.True(wb.TryGetWorksheet(name, out _), name);
        }

        Assert.Equal(XLWorksheetVisibility.Hidden, wb.Worksheet("科目").Visibility);
        var income = wb.Worksheet("收入决算表");
        Assert.True(income.IsProtected);
        Assert.True(income.Cell(3, 2).HasFormula);
        Assert.True(income.Cell(3, 2).Style.Protection.Locked);
        Assert.True(income.Cell(3, 3).HasFormula); // 本年收入合计 = the sum of the other columns
        Assert.False(income.Cell(3, 1).Style.Protection.Locked);
        Assert.False(income.Cell(3, 4).Style.Protection.Locked);
        Assert.True(income.DataValidations.Count() >= 2);
    }

    [Fact]
    public void Template_NonWorkbook_IsNotTakenForOne()
    {
        var path = Path.Combine(dir, "other.xlsx");
        using (var wb = new XLWorkbook())
        {
            wb.AddWorksheet("Sheet1").Cell(1, 1).SetValue("x");
            wb.SaveAs(path);
        }

        Assert.False(InputWorkbookReader.IsInputWorkbook(path));
        Assert.False(InputWorkbookReader.IsInputWorkbook(Path.Combine(dir, "missing.xlsx")));
    }

    [Fact]
    public void FilledFromSample_ReadsBackTheSampleFigures()
    {
        var sample = SampleDisclosure.Create();
        var back = Fill(sample, CompleteInputs);
        Assert.Empty(back.Diagnostics);
        var figures = back.Figures!;
        Assert.Equal(sample.Department, figures.Department);
        Assert.Equal(2024, figures.Year);
        foreach (var table in sample.Tables)
        {
            var read = figures.Table(table.Kind);
            Assert.NotNull(read);
            foreach (var row in table.Rows)
            {
                var other = row.Code is { } code ? read!.Row(code) : read!.Row(row.Name, row.Section);
                Assert.True(other is not null, $"{table.Title}: {row.Code} {row.Name}");
                foreach (var (column, cell) in row.Cells)
                {
                    if (cell.Amount is { } a && read.Columns.Contains(column))
                    {
                        Assert.True(other!.Value(column)?.Value == a.Value, $"{table.Title} {row.Code} {row.Name} {column}: {a} vs {other.Value(column)}");
                    }
                }
            }
        }

        Assert.Equal(sample.Evaluations[0].Indicators.Select(i => (i.Name, i.Score)), figures.Evaluations[0].Indicators.Select(i => (i.Name, i.Score)));
        Assert.Equal(CompleteInputs.PriorTotal, back.Inputs.PriorTotal);
        Assert.Equal(CompleteInputs.ReceptionCounts, back.Inputs.ReceptionCounts);
        Assert.Equal(CompleteInputs.Procurement, back.Inputs.Procurement);
        Assert.Equal(CompleteInputs.Reasons["预算差异"], back.Inputs.Reasons["预算差异"]);
        Assert.Equal(CompleteInputs.Functions, back.Inputs.Functions);
    }

    [Fact]
    public void Reader_BlankCell_StaysBlankNotZero()
    {
        var back = Fill(SampleDisclosure.Create(), null);
        var expenditure = back.Figures!.Table(TableKind.Expenditure)!;
        var row = expenditure.Rows.First(r => r.Code?.Digits == "2010601");
        Assert.Null(row.Value("项目支出"));
        Assert.Equal(812.40m, row.Value("基本支出")!.Value.Value);
        Assert.Equal("812.40", row.Value("本年支出合计")!.Value.ToString());
        Assert.Null(back.Inputs.PriorTotal);
        Assert.Empty(back.Inputs.Reasons);
    }

    [Theory]
    [InlineData("2018888", "收入决算表!A3", "科目编码 2018888 不在 2024 年政府收支分类科目中")]
    [InlineData("abc", "收入决算表!A3", "科目编码 abc 不在 2024 年政府收支分类科目中")]
    public void Reader_CodeNotInCatalog_ReportsTheSheetAndCell(string code, string where, string message)
    {
        var path = Template(null, null);
        using (var wb = new XLWorkbook(path))
        {
            wb.Worksheet("收入决算表").Cell(3, 1).SetValue(code);
            wb.Worksheet("收入决算表").Cell(3, 4).SetValue(1m);
            wb.Save();
        }

        var back = InputWorkbookReader.Read(path);
        Assert.Null(back.Figures);
        var d = Assert.Single(back.Diagnostics);
        Assert.Equal("JS0014", d.Code);
        Assert.Equal(where, d.Location.SheetCell);
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Reader_TextInAmountCell_ReportsTheSheetAndCell()
    {
        var path = Template(null, null);
        using (var wb = new XLWorkbook(path))
        {
            wb.Worksheet("支出决算表").Cell(3, 1).SetValue("2010101");
            wb.Worksheet("支出决算表").Cell(3, 4).SetValue("十二万");
            wb.Save();
        }

        var d = Assert.Single(InputWorkbookReader.Read(path).Diagnostics);
        Assert.Equal("支出决算表!D3", d.Location.SheetCell);
        Assert.Equal("“十二万”不是金额", d.Message);
    }

    [Fact]
    public void Reader_FormulaWithoutSavedValue_IsReportedNotTakenAsBlank()
    {
        var path = WithFormula();
        var d = Assert.Single(InputWorkbookReader.Read(path).Diagnostics);
        Assert.Equal("支出决算表!D3", d.Location.SheetCell);
        Assert.Equal("公式没有保存计算结果（请在 Excel 中打开并保存后再试）", d.Message);
    }

    [Fact]
    public void Reader_FormulaWithSavedValue_CountsWithThatValue()
    {
        // What Excel saves: the formula and, beside it, its value. ClosedXML saves no value, so it is put in by hand.
        var path = WithFormula();
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList())
            {
                string xml;
                using (var r = new StreamReader(entry.Open()))
                {
                    xml = r.ReadToEnd();
                }

                if (xml.Contains("<x:f>1.5+2</x:f>", StringComparison.Ordinal))
                {
                    using var w = new StreamWriter(entry.Open());
                    w.BaseStream.SetLength(0);
                    w.Write(xml.Replace("<x:f>1.5+2</x:f>", "<x:f>1.5+2</x:f><x:v>3.5</x:v>", StringComparison.Ordinal));
                }
            }
        }

        var back = InputWorkbookReader.Read(path);
        Assert.Empty(back.Diagnostics);
        Assert.Equal("3.50", back.Figures!.Table(TableKind.Expenditure)!.Row("合计")!.Value("基本支出")!.Value.ToString());
    }

    private string WithFormula()
    {
        var path = Template(null, null);
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("支出决算表");
        ws.Cell(3, 1).SetValue("2010101");
        ws.Cell(3, 4).FormulaA1 = "1.5+2";
        wb.Save();
        return path;
    }

    [Fact]
    public void Reader_NotATemplate_SaysSo()
    {
        var path = Path.Combine(dir, "plain.xlsx");
        using (var wb = new XLWorkbook())
        {
            wb.AddWorksheet("Sheet1");
            wb.SaveAs(path);
        }

        Assert.Null(InputWorkbookReader.TryRead(path));
        var d = Assert.Single(InputWorkbookReader.Read(path).Diagnostics);
        Assert.Equal("JS0014", d.Code);
        Assert.Contains("juesuan template", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_ProjectOnlyEnteredAtItemLevel_SumsClassAndSection()
    {
        var path = Template(null, null);
        using (var wb = new XLWorkbook(path))
        {
            var ws = wb.Worksheet("支出决算表");
            ws.Cell(3, 1).SetValue("2010101");
            ws.Cell(3, 4).SetValue(10.5m);
            ws.Cell(4, 1).SetValue("2010102");
            ws.Cell(4, 5).SetValue(2.25m);
            wb.Save();
        }

        var t = InputWorkbookReader.Read(path).Figures!.Table(TableKind.Expenditure)!;
        Assert.Equal(["合计", "201", "20101", "2010101", "2010102"], t.Rows.Select(r => r.Code?.Digits ?? r.Name));
        Assert.Equal("12.75", t.Row("合计")!.Value("本年支出合计")!.Value.ToString());
        Assert.Equal("10.50", t.Rows[1].Value("基本支出")!.Value.ToString());
        Assert.Equal("2.25", t.Rows[1].Value("项目支出")!.Value.ToString());
    }

    internal static InputWorkbook Fill(Disclosure from, ExplanationInputs? inputs, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("juesuan-fill-").FullName;
        var path = Path.Combine(folder, "filled.xlsx");
        using (var s = File.Create(path))
        {
            InputWorkbookWriter.Write(from.Year ?? 2024, s, from, inputs);
        }

        return InputWorkbookReader.Read(path);
    }

    private string Template(Disclosure? from, ExplanationInputs? inputs)
    {
        var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".xlsx");
        using var s = File.Create(path);
        InputWorkbookWriter.Write(2024, s, from, inputs);
        return path;
    }
}
