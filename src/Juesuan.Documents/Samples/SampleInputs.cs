using Juesuan.Documents.Writing.Explanation;

namespace Juesuan.Documents.Samples;

/// <summary>The 情况说明 inputs of a generated sample: its last-year figures, counts and made-up reasons.</summary>
public static class SampleInputs
{
    /// <summary>Inputs for <see cref="SampleDisclosure.Create"/>.</summary>
    public static ExplanationInputs Create() => For(new SampleSpec
    {
        Department = SampleDisclosure.Department,
        Year = 2024,
        Items = [],
        PriorTotal = 1080.52m,
        InitialBudget = 1120.00m,
        PriorThreePublic = 10.12m,
        PriorOperating = 190.33m,
    });

    /// <summary>Inputs matching a sample spec, with every field given.</summary>
    public static ExplanationInputs For(SampleSpec spec) => new()
    {
        PriorTotal = spec.PriorTotal,
        PriorGrantTotal = spec.PriorTotal,
        PriorGeneralBudget = spec.PriorTotal,
        InitialBudget = spec.InitialBudget,
        PriorThreePublic = spec.PriorThreePublic,
        PriorOperating = spec.PriorOperating,
        AbroadCounts = (0, 0),
        ReceptionCounts = spec.ReceptionCounts,
        VehiclePurchases = 0,
        Vehicles = spec.Vehicles,
        Meetings = spec.General.Meetings,
        Training = spec.General.Training,
        Procurement = spec.Procurement,
        ProcurementByKind = (spec.Procurement - 4.00m, 0m, 4.00m),
        SmallBusinessContracts = decimal.Round(spec.Procurement * 0.8m, 2),
        LargeGeneralEquipment = 0,
        LargeSpecialEquipment = 0,
        Functions = $"{spec.Department}主要负责本级财政收支管理、预算编制与执行、国库集中支付、政府采购监督管理、国有资产管理和财政监督等工作。",
        Institutions = $"{spec.Department}内设办公室、预算股、国库股、综合股、政府采购管理股等股室，纳入{spec.Year}年度部门决算编制范围的单位为本级机关。",
        Reasons = new Dictionary<string, string>
        {
            ["收支变动"] = "在职人员调整，人员经费相应增加",
            ["预算差异"] = "年中追加了财政信息化项目经费",
            ["三公变动"] = "严格执行中央八项规定精神，压减公务接待",
            ["机关运行经费变动"] = "办公设备购置和差旅支出减少",
        },
    };
}
