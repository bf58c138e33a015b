namespace Juesuan.Documents.Writing.Explanation;

/// <summary>
/// What the formulaic 情况说明 needs beyond the tables: last year's figures, the budget, counts,
/// and the reasons people give. Anything left null is written as a visible
/// <see cref="ExplanationWriter.Missing"/> marker for the preparer — never invented.
/// </summary>
public sealed record ExplanationInputs
{
    /// <summary>Last year's 收支总计 (万元).</summary>
    public decimal? PriorTotal { get; init; }

    /// <summary>Last year's 财政拨款收支总计.</summary>
    public decimal? PriorGrantTotal { get; init; }

    /// <summary>Last year's 一般公共预算财政拨款支出 (万元).</summary>
    public decimal? PriorGeneralBudget { get; init; }

    /// <summary>This year's 年初预算 of 一般公共预算财政拨款支出 (万元).</summary>
    public decimal? InitialBudget { get; init; }

    /// <summary>Last year's 三公 total (万元).</summary>
    public decimal? PriorThreePublic { get; init; }

    /// <summary>Last year's 机关运行经费 (万元).</summary>
    public decimal? PriorOperating { get; init; }

    /// <summary>因公出国（境）团组 and 人次.</summary>
    public (int Groups, int Persons)? AbroadCounts { get; init; }

    /// <summary>接待批次 (团组) and 人次.</summary>
    public (int Batches, int Persons)? ReceptionCounts { get; init; }

    /// <summary>公务用车保有量.</summary>
    public int? Vehicles { get; init; }

    /// <summary>会议费 (万元).</summary>
    public decimal? Meetings { get; init; }

    /// <summary>培训费 (万元).</summary>
    public decimal? Training { get; init; }

    /// <summary>政府采购支出总额 (万元).</summary>
    public decimal? Procurement { get; init; }

    /// <summary>公务用车购置数 (辆).</summary>
    public int? VehiclePurchases { get; init; }

    /// <summary>政府采购 by kind: 货物, 工程, 服务 (万元).</summary>
    public (decimal Goods, decimal Works, decimal Services)? ProcurementByKind { get; init; }

    /// <summary>授予中小企业合同金额 (万元).</summary>
    public decimal? SmallBusinessContracts { get; init; }

    /// <summary>单价50万元以上通用设备 (台/套).</summary>
    public int? LargeGeneralEquipment { get; init; }

    /// <summary>单价100万元以上专用设备 (台/套).</summary>
    public int? LargeSpecialEquipment { get; init; }

    /// <summary>部门职责 (第一部分), paragraphs separated by line breaks.</summary>
    public string? Functions { get; init; }

    /// <summary>机构设置 (第一部分).</summary>
    public string? Institutions { get; init; }

    /// <summary>Reasons by topic: 收支变动, 预算差异, 三公变动 (决算 against 预算), 机关运行经费变动.</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; init; } = new Dictionary<string, string>();
}
