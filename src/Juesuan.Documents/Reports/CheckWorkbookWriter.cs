using System.Globalization;
using ClosedXML.Excel;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Findings;

namespace Juesuan.Documents.Reports;

/// <summary>
/// The audit as an .xlsx workbook for finance staff: 汇总 (one row per file), 问题清单 (one row per
/// finding, filterable, with expected/actual as numbers), 未检查 (what could not be checked).
/// </summary>
public static class CheckWorkbookWriter
{
    private const int MaxText = 32_000;

    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    public static void Write(IReadOnlyList<CheckReport> reports, Stream output)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "宋体";
        workbook.Style.Font.FontSize = 10;
        Summary(workbook.AddWorksheet("汇总"), reports);
        Findings(workbook.AddWorksheet("问题清单"), reports);
        NotChecked(workbook.AddWorksheet("未检查"), reports);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Summary(IXLWorksheet ws, IReadOnlyList<CheckReport> reports)
    {
        Header(ws, "文件", "单位", "年度", "错误", "警告", "提示", "通过", "未检查", "读取问题");
        var row = 2;
        foreach (var r in reports)
        {
            ws.Cell(row, 1).Value = Text(r.Path);
            ws.Cell(row, 2).Value = Text(r.Department ?? string.Empty);
            if (r.Year is { } year)
            {
                ws.Cell(row, 3).Value = year;
            }

            if (r.InputFailure is { } failure)
            {
                ws.Cell(row, 9).Value = Text($"{failure.Code} {failure.Message}");
            }
            else
            {
                ws.Cell(row, 4).Value = r.Count(Severity.Error);
                ws.Cell(row, 5).Value = r.Count(Severity.Warning);
                ws.Cell(row, 6).Value = r.Count(Severity.Info);
                ws.Cell(row, 7).Value = r.Passed;
                ws.Cell(row, 8).Value = r.NotChecked.Sum(n => n.Count);
            }

            row++;
        }

        Finish(ws, row - 1, 9);
    }

    private static void Findings(IXLWorksheet ws, IReadOnlyList<CheckReport> reports)
    {
        Header(ws, "文件", "级别", "规则", "行", "位置", "问题", "应为", "实为", "计算", "依据");
        var row = 2;
        foreach (var r in reports)
        {
            foreach (var f in r.Findings)
            {
                ws.Cell(row, 1).Value = Text(r.Path);
                ws.Cell(row, 2).Value = f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
                ws.Cell(row, 3).Value = f.Rule;
                if (f.Location.Line is { } line)
                {
                    ws.Cell(row, 4).Value = line;
                }

                ws.Cell(row, 5).Value = Text(f.Location.Describe());
                ws.Cell(row, 6).Value = Text(f.Message);
                Number(ws.Cell(row, 7), f.Expected);
                Number(ws.Cell(row, 8), f.Actual);
                ws.Cell(row, 9).Value = Text(f.Computation ?? string.Empty);
                ws.Cell(row, 10).Value = Text(string.Join("；", f.Inputs.Select(i => $"{i.Label} = {i.Value}")));
                if (f.Severity == Severity.Error)
                {
                    ws.Cell(row, 2).Style.Font.FontColor = XLColor.FromHtml("#B00020");
                }

                row++;
            }
        }

        Finish(ws, row - 1, 10);
        ws.Column(6).Width = 60;
        ws.Column(9).Width = 50;
    }

    private static void NotChecked(IXLWorksheet ws, IReadOnlyList<CheckReport> reports)
    {
        Header(ws, "文件", "规则", "规则名称", "原因", "处数");
        var row = 2;
        foreach (var r in reports)
        {
            foreach (var n in r.NotChecked)
            {
                ws.Cell(row, 1).Value = Text(r.Path);
                ws.Cell(row, 2).Value = n.Rule;
                ws.Cell(row, 3).Value = Text(n.Title);
                ws.Cell(row, 4).Value = Text(n.Reason);
                ws.Cell(row, 5).Value = n.Count;
                row++;
            }
        }

        Finish(ws, row - 1, 5);
    }

    private static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } v)
        {
            cell.Value = decimal.Round(v, 4);
            cell.Style.NumberFormat.Format = "0.00";
        }
    }

    private static void Header(IXLWorksheet ws, params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            ws.Cell(1, i + 1).Value = names[i];
        }

        ws.Row(1).Style.Font.Bold = true;
        ws.SheetView.FreezeRows(1);
    }

    private static void Finish(IXLWorksheet ws, int lastRow, int columns)
    {
        if (lastRow >= 2)
        {
            ws.Range(1, 1, lastRow, columns).SetAutoFilter();
        }

        ws.Columns(1, columns).Width = 14;
        ws.Column(1).Width = 40;
    }

    // Texts that look like formulas must stay text; Excel's cell limit is 32,767 characters.
    private static string Text(string s) => s.Length > MaxText ? s[..MaxText] : s;
}
