using Juesuan.Documents.Interpretation;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Tests.Interpretation;

public class HeaderGridTests
{
    private static LayoutRow Row(params string[] cells) =>
        new(cells.Select(c => new LayoutCell(c, new SourceLocation())).ToList(), new SourceLocation());

    private static string Leaf(IReadOnlyList<string>[] paths, int i) => string.Join("/", paths[i]);

    [Fact]
    public void MergedUpperCell_OverEmptyLowerCells_AlignsOneToOne()
    {
        // 收入决算表 as Word's text export prints it: "项目" spans 编码 and 名称.
        var paths = HeaderGrid.Build(
            [Row("项目", "本年收入合计", "财政拨款收入"), Row("功能分类科目编码", "科目名称", "", "")], 4);
        Assert.Equal("项目/功能分类科目编码", Leaf(paths, 0));
        Assert.Equal("项目/科目名称", Leaf(paths, 1));
        Assert.Equal("本年收入合计", Leaf(paths, 2));
        Assert.Equal("财政拨款收入", Leaf(paths, 3));
    }

    [Fact]
    public void GroupHeading_OverARunOfSubheadings_SpansTheRun()
    {
        // 政府性基金 table: 本年支出 over 小计/基本支出/项目支出.
        var paths = HeaderGrid.Build(
            [Row("项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"), Row("科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", "")], 8);
        Assert.Equal("年初结转和结余", Leaf(paths, 2));
        Assert.Equal("本年支出/小计", Leaf(paths, 4));
        Assert.Equal("本年支出/项目支出", Leaf(paths, 6));
        Assert.Equal("年末结转和结余", Leaf(paths, 7));
    }

    [Fact]
    public void TwoGroupsOverEightHeadings_SplitEvenly()
    {
        // 三公 table: 预算数 and 决算数 over four items each, each item over its sub-columns.
        var paths = HeaderGrid.Build(
            [
                Row("预算数", "决算数"),
                Row("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"),
                Row("", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""),
            ], 12);
        Assert.Equal("预算数/合计", Leaf(paths, 0));
        Assert.Equal("预算数/公务用车购置及运行维护费/公务用车购置费", Leaf(paths, 3));
        Assert.Equal("决算数/公务接待费", Leaf(paths, 11));
        Assert.Equal("决算数/公务用车购置及运行维护费/小计", Leaf(paths, 8));
    }

    [Fact]
    public void FullRowWithSpans_FillsPlaceholders()
    {
        var spanned = new LayoutRow(
            [new LayoutCell("合计", new SourceLocation(), 2), new LayoutCell("", new SourceLocation()), new LayoutCell("公务接待费", new SourceLocation(), 2), new LayoutCell("", new SourceLocation())],
            new SourceLocation());
        var paths = HeaderGrid.Build([spanned, Row("预算数", "决算数", "预算数", "决算数")], 4);
        Assert.Equal("合计/决算数", Leaf(paths, 1));
        Assert.Equal("公务接待费/预算数", Leaf(paths, 2));
    }
}
