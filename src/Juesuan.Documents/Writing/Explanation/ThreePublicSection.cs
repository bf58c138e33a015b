using Juesuan.Domain.Tables;
using static Juesuan.Documents.Writing.Explanation.ExplanationPhrases;

namespace Juesuan.Documents.Writing.Explanation;

/// <summary>The 三公 section: overall against budget and last year, then item by item with counts.</summary>
internal static class ThreePublicSection
{
    public static void Write(DisclosureTable three, ExplanationInputs inputs, string y, List<string> lines, Func<string, string> reason)
    {
        decimal Get(string row, string col) => three.Row(row)?.Value(col)?.Value ?? 0;
        var (budget, actual) = (Get("合计", "预算数"), Get("合计", "决算数"));
        lines.Add("（一）“三公”经费财政拨款支出决算总体情况说明");
        var gap = budget == actual ? string.Empty : $"决算数{Compare(actual, budget)}预算数的主要原因是{reason("三公变动")}。";
        lines.Add($"{y}年度“三公”经费财政拨款支出预算为{M(budget)}万元，支出决算为{M(actual)}万元{Completion(actual, budget)}；与上年相比{Change(actual, inputs.PriorThreePublic, "上年“三公”经费")}。{gap}");
        lines.Add("（二）“三公”经费财政拨款支出决算具体情况说明");
        string Item(string name) => $"{name}支出预算为{M(Get(name, "预算数"))}万元，支出决算为{M(Get(name, "决算数"))}万元{Completion(Get(name, "决算数"), Get(name, "预算数"))}";
        var abroad = inputs.AbroadCounts is { } ac ? $"全年安排因公出国（境）团组{ac.Groups}个，累计{ac.Persons}人次。" : Get("因公出国（境）费", "决算数") > 0 ? ExplanationWriter.Missing("出国团组数及人次") : "全年没有因公出国（境）。";
        lines.Add($"1.{Item("因公出国（境）费")}。{abroad}");
        var vehicles = inputs.Vehicles is { } v ? $"截至{y}年12月31日，公务用车保有量{v}辆。" : ExplanationWriter.Missing("公务用车保有量");
        var bought = inputs.VehiclePurchases is { } vp ? $"本年购置公务用车{vp}辆。" : string.Empty;
        lines.Add($"2.{Item("公务用车购置及运行维护费")}。其中：公务用车购置费{M(Get("公务用车购置费", "决算数"))}万元；公务用车运行维护费{M(Get("公务用车运行维护费", "决算数"))}万元。{bought}{vehicles}");
        var reception = inputs.ReceptionCounts is { } rc ? $"全年共接待来访团组{rc.Batches}个、来宾{rc.Persons}人次。" : Get("公务接待费", "决算数") > 0 ? ExplanationWriter.Missing("接待批次及人次") : "全年没有公务接待。";
        lines.Add($"3.{Item("公务接待费")}。{reception}");
    }
}
