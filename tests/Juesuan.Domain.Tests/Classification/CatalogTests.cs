using Juesuan.Domain.Classification;

namespace Juesuan.Domain.Tests.Classification;

public class CatalogTests
{
    private static readonly string[] Classes =
    [
        "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217",
        "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234",
    ];

    [Fact]
    public void FunctionCatalog_HasEveryClass()
    {
        var catalog = Catalog.For(ClassificationKind.Function, 2024);
        foreach (var c in Classes)
        {
            Assert.NotNull(catalog.Find(c));
        }
    }

    [Theory]
    [InlineData("2080505", "机关事业单位基本养老保险缴费支出")]
    [InlineData("2013201", "行政运行")]
    [InlineData("2210201", "住房公积金")]
    [InlineData("201", "一般公共服务支出")]
    public void FunctionCatalog_FindsSeedCodes(string code, string name) =>
        Assert.Equal(name, Catalog.For(ClassificationKind.Function, 2024).Find(code)!.Name);

    [Theory]
    [InlineData("30201", "办公费")]
    [InlineData("30217", "公务接待费")]
    [InlineData("31013", "公务用车购置")]
    public void EconomicCatalog_FindsSeedCodes(string code, string name) =>
        Assert.Equal(name, Catalog.For(ClassificationKind.Economic, 2024).Find(code)!.Name);

    [Fact]
    public void Catalog_EveryItemHasItsParents()
    {
        foreach (var kind in new[] { ClassificationKind.Function, ClassificationKind.Economic })
        {
            var catalog = Catalog.For(kind, 2024);
            foreach (var entry in catalog.Entries)
            {
                if (entry.Code.Parent is { } parent)
                {
                    Assert.True(catalog.Find(parent) is not null, $"{entry.Code} has no parent {parent}");
                }
            }
        }
    }

    [Fact]
    public void Find_UnknownCode_IsNullNotAnError() =>
        Assert.Null(Catalog.For(ClassificationKind.Function, 2024).Find(ClassificationCode.Function("2999999")));

    [Theory]
    [InlineData("一、一般公共服务支出", "201")]
    [InlineData("十九、住房保障支出", "221")]
    [InlineData("一般公共服务（类）支出", "201")]
    [InlineData("二十六、抗疫特别国债安排的支出", "234")]
    public void FindClassByName_PrintedSummaryLine_FindsClass(string printed, string code) =>
        Assert.Equal(code, Catalog.For(ClassificationKind.Function, 2024).FindClassByName(printed)!.Code.Digits);

    [Fact]
    public void For_YearBeforeAnyEdition_UsesOldest() =>
        Assert.True(Catalog.For(ClassificationKind.Function, 1999).Count > 100);

    [Fact]
    public void NameMatches_AcceptsKnownVariant()
    {
        var entry = Catalog.For(ClassificationKind.Economic, 2024).Find("30108")!;
        Assert.True(entry.NameMatches("机关事业单位基本养老保险费"));
        Assert.False(entry.NameMatches("办公费"));
    }
}
