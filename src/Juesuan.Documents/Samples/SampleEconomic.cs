using Juesuan.Domain.Classification;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Samples;

/// <summary>The sample's 基本支出 by economic classification, adding up to the basic total.</summary>
internal static class SampleEconomic
{
    public static DisclosureTable BasicTable(decimal basic, decimal reception, decimal cars, decimal abroad)
    {
        var catalog = Catalog.For(ClassificationKind.Economic, 2024);
        // Shares of basic spending; the last item of 302 takes the rounding rest.
        (string Code, decimal Share)[] personnel = [("30101", 0.22m), ("30102", 0.18m), ("30107", 0.16m), ("30108", 0.09m), ("30113", 0.08m)];
        (string Code, decimal Share)[] family = [("30305", 0.02m)];
        var personnelAmounts = personnel.Select(p => (p.Code, Amount: decimal.Round(basic * p.Share, 2))).ToList();
        var familyAmounts = family.Select(p => (p.Code, Amount: decimal.Round(basic * p.Share, 2))).ToList();
        var rest = basic - personnelAmounts.Sum(p => p.Amount) - familyAmounts.Sum(p => p.Amount);
        var office = decimal.Round(rest * 0.4m, 2);
        var other = rest - office - reception - cars - abroad;
        var goods = new List<(string Code, decimal Amount)> { ("30201", office), ("30212", abroad), ("30217", reception), ("30231", cars), ("30299", other) };
        goods.RemoveAll(g => g.Code == "30212" && g.Amount == 0);

        TableRow Line(string code, decimal amount) => SampleDisclosure.Row(catalog.Find(code)?.Name ?? code, ("决算数", amount)) with
        {
            Code = ClassificationCode.Economic(code),
        };

        var rows = new List<TableRow> { Line("301", personnelAmounts.Sum(p => p.Amount)) };
        rows.AddRange(personnelAmounts.Select(p => Line(p.Code, p.Amount)));
        rows.Add(Line("303", familyAmounts.Sum(p => p.Amount)));
        rows.AddRange(familyAmounts.Select(p => Line(p.Code, p.Amount)));
        rows.Add(Line("302", goods.Sum(g => g.Amount)));
        rows.AddRange(goods.Select(g => Line(g.Code, g.Amount)));
        rows.Add(SampleDisclosure.Row("人员经费合计", ("决算数", personnelAmounts.Sum(p => p.Amount) + familyAmounts.Sum(p => p.Amount))));
        rows.Add(SampleDisclosure.Row("公用经费合计", ("决算数", goods.Sum(g => g.Amount))));
        return SampleDisclosure.Table(TableKind.GeneralBudgetBasicExpenditure, ["决算数"], rows);
    }
}
