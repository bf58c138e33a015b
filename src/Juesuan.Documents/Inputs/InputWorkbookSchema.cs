using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Inputs;

/// <summary>
/// The sheets of the input workbook (<c>juesuan template</c>), shared by its writer and reader
/// so that the two cannot drift apart. Coded sheets take one row per classification code;
/// their first amount column is a locked formula (the sum of the others) where the table has one.
/// </summary>
internal static class InputWorkbookSchema
{
    /// <summary>The marker in the 填表说明 sheet's A1 comment that identifies the workbook.</summary>
    public const string Marker = "Juesuan 决算录入表";

    public const string Instructions = "填表说明";
    public const string Department = "部门信息";
    public const string CarryOver = "收支总表";
    public const string ThreePublic = "三公经费";
    public const string Explanation = "情况说明";
    public const string Performance = "绩效自评";
    public const string CatalogSheetName = "科目";

    /// <summary>First data row of every input sheet (row 1 title, row 2 headers).</summary>
    public const int FirstRow = 3;

    /// <summary>Rows offered on each coded sheet.</summary>
    public const int CodedRows = 300;

    /// <summary>The coded sheets: table kind, sheet name, economic (not function) codes, columns, and whether the first column is the sum of the rest.</summary>
    public static IReadOnlyList<CodedSheet> Coded { get; } =
    [
        new(TableKind.Income, "收入决算表", false, ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], 0, [1, 2, 3, 4, 5, 6]),
        new(TableKind.Expenditure, "支出决算表", false, ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], 0, [1, 2, 3, 4, 5]),
        new(TableKind.GeneralBudgetExpenditure, "一般公共预算财政拨款支出", false, ["合计", "基本支出", "项目支出"], 0, [1, 2]),
        new(TableKind.GeneralBudgetBasicExpenditure, "基本支出明细", true, ["决算数"], null, []),
        new(TableKind.GovernmentFund, "政府性基金", false, ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"], 2, [3, 4]),
        new(TableKind.StateCapital, "国有资本经营", false, ["合计", "基本支出", "项目支出"], 0, [1, 2]),
    ];

    /// <summary>The 收支总表 lines the preparer enters (the class lines and totals are computed).</summary>
    public static IReadOnlyList<(string Section, string Name)> CarryOverLines { get; } =
    [
        ("收入", "一、一般公共预算财政拨款收入"),
        ("收入", "二、政府性基金预算财政拨款收入"),
        ("收入", "三、国有资本经营预算财政拨款收入"),
        ("收入", "四、上级补助收入"),
        ("收入", "五、事业收入"),
        ("收入", "六、经营收入"),
        ("收入", "七、附属单位上缴收入"),
        ("收入", "八、其他收入"),
        ("收入", "使用非财政拨款结余"),
        ("收入", "年初结转和结余"),
        ("收入", "年初财政拨款结转和结余"),
        ("支出", "结余分配"),
        ("支出", "年末结转和结余"),
        ("支出", "年末财政拨款结转和结余"),
    ];

    /// <summary>The 三公 lines entered (合计 and 公务用车购置及运行维护费 are computed).</summary>
    public static IReadOnlyList<string> ThreePublicLines { get; } = ["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"];

    /// <summary>The 情况说明 inputs: key, label, kind.</summary>
    public static IReadOnlyList<(string Key, string Label, InputKind Kind)> ExplanationLines { get; } =
    [
        ("PriorTotal", "上年收支总计（万元）", InputKind.Amount),
        ("PriorGrantTotal", "上年财政拨款收支总计（万元）", InputKind.Amount),
        ("PriorGeneralBudget", "上年一般公共预算财政拨款支出（万元）", InputKind.Amount),
        ("InitialBudget", "一般公共预算财政拨款支出年初预算数（万元）", InputKind.Amount),
        ("PriorThreePublic", "上年“三公”经费支出（万元）", InputKind.Amount),
        ("PriorOperating", "上年机关运行经费支出（万元）", InputKind.Amount),
        ("AbroadGroups", "因公出国（境）团组数（个）", InputKind.Count),
        ("AbroadPersons", "因公出国（境）人次", InputKind.Count),
        ("ReceptionBatches", "公务接待批次（个）", InputKind.Count),
        ("ReceptionPersons", "公务接待人次", InputKind.Count),
        ("VehiclePurchases", "本年公务用车购置数（辆）", InputKind.Count),
        ("Vehicles", "公务用车保有量（辆）", InputKind.Count),
        ("Meetings", "会议费（万元）", InputKind.Amount),
        ("Training", "培训费（万元）", InputKind.Amount),
        ("ProcurementGoods", "政府采购货物支出（万元）", InputKind.Amount),
        ("ProcurementWorks", "政府采购工程支出（万元）", InputKind.Amount),
        ("ProcurementServices", "政府采购服务支出（万元）", InputKind.Amount),
        ("SmallBusiness", "授予中小企业合同金额（万元）", InputKind.Amount),
        ("LargeGeneralEquipment", "单价50万元以上通用设备（台、套）", InputKind.Count),
        ("LargeSpecialEquipment", "单价100万元以上专用设备（台、套）", InputKind.Count),
        ("收支变动", "收支总计变动的原因", InputKind.Text),
        ("预算差异", "决算数与年初预算数差异的原因", InputKind.Text),
        ("三公变动", "“三公”经费决算数与预算数差异的原因", InputKind.Text),
        ("机关运行经费变动", "机关运行经费变动的原因", InputKind.Text),
    ];

    /// <summary>The 绩效自评 columns.</summary>
    public static IReadOnlyList<string> PerformanceColumns { get; } = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"];
}

/// <summary>A coded input sheet: its columns, and the column (if any) that is the sum of others.</summary>
internal sealed record CodedSheet(TableKind Kind, string Name, bool Economic, IReadOnlyList<string> Columns, int? SumColumn, IReadOnlyList<int> SumParts);

/// <summary>What an input cell holds.</summary>
internal enum InputKind
{
    Amount,
    Count,
    Text,
}
