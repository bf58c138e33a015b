namespace Juesuan.Documents.Samples;

/// <summary>
/// The figures a generated disclosure is built from: function items with basic and project
/// spending, 三公 budgets and actuals, prior-year and budget figures for the text, and the
/// counts the text states. Everything else (totals, shares, rates) is derived, so the
/// document is consistent by construction.
/// </summary>
public sealed record SampleSpec
{
    /// <summary>Department name.</summary>
    public required string Department { get; init; }

    /// <summary>Report year.</summary>
    public required int Year { get; init; }

    /// <summary>Function items (项, 7 digits) with basic and project spending in 万元.</summary>
    public required IReadOnlyList<(string Code, decimal Basic, decimal Project)> Items { get; init; }

    /// <summary>三公 公务接待费 budget and actual.</summary>
    public (decimal Budget, decimal Actual) Reception { get; init; } = (4.00m, 2.26m);

    /// <summary>三公 公务用车运行维护费 budget and actual.</summary>
    public (decimal Budget, decimal Actual) CarRunning { get; init; } = (8.00m, 7.20m);

    /// <summary>三公 因公出国（境）费 budget and actual.</summary>
    public (decimal Budget, decimal Actual) Abroad { get; init; } = (0m, 0m);

    /// <summary>Last year's 收支总计.</summary>
    public decimal PriorTotal { get; init; }

    /// <summary>This year's 年初预算 of 一般公共预算财政拨款支出.</summary>
    public decimal InitialBudget { get; init; }

    /// <summary>Last year's 三公 total.</summary>
    public decimal PriorThreePublic { get; init; }

    /// <summary>Last year's 机关运行经费.</summary>
    public decimal PriorOperating { get; init; }

    /// <summary>Reception batches and persons.</summary>
    public (int Batches, int Persons) ReceptionCounts { get; init; } = (12, 48);

    /// <summary>Vehicles held at year end.</summary>
    public int Vehicles { get; init; } = 2;

    /// <summary>会议费 and 培训费.</summary>
    public (decimal Meetings, decimal Training) General { get; init; } = (1.20m, 0.85m);

    /// <summary>政府采购 total.</summary>
    public decimal Procurement { get; init; } = 12.50m;

    /// <summary>
    /// Which of the phrasings real disclosures use the text is written in (0–2): "与上年相比，增加…，增长…%"
    /// or "比上年…，增幅…%"; "占…%" or "占比…%"; "完成年初预算的…%" or "预算执行率为…%"; "（类）支出" or "支出（类）".
    /// </summary>
    public int Style { get; init; }
}
