using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Samples;

/// <summary>The derived figures the sample's text states: totals, class lines, the basic table and the evaluation.</summary>
internal sealed record SampleFigures(
    SampleSpec Spec,
    decimal Total,
    decimal Basic,
    decimal Project,
    IReadOnlyList<(string Name, decimal Amount)> Classes,
    DisclosureTable BasicTable,
    Evaluation Evaluation)
{
    public decimal Personnel => BasicTable.Rows.First(r => r.Name == "人员经费合计").Value("决算数")!.Value.Value;

    public decimal Public => BasicTable.Rows.First(r => r.Name == "公用经费合计").Value("决算数")!.Value.Value;

    public decimal ThreePublicBudget => Spec.Abroad.Budget + Spec.CarRunning.Budget + Spec.Reception.Budget;

    public decimal ThreePublicActual => Spec.Abroad.Actual + Spec.CarRunning.Actual + Spec.Reception.Actual;
}
