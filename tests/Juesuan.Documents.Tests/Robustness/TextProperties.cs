using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Juesuan.Documents.Reading;

namespace Juesuan.Documents.Tests.Robustness;

/// <summary>Random texts built from the pieces seeds are made of never break the text reader.</summary>
public class TextProperties
{
    private static readonly string[] Pieces =
    [
        "\t", "\n", "\n\n", "　", " ", "合计", "201", "20132", "2013201", "30201", "235.81", "0", "—", "公开02表",
        "收入决算表", "部门：某单位\t\t单位：万元", "一级指标", "三级指标", "分值", "得分", "总分", "年初预算数", "执行数",
        "年度资金总额", "100%", "(50分)", "项    目", "栏次", "[bookmark: x]", "注：本表", "一、", "（一）", "===== PAGE 2 =====",
        "每超过一个百分点扣0.3分", "得5分", "1、投入9.5分", "评分标准",
    ];

    [Property(MaxTest = 300)]
    public Property Read_AnyComposedText_NeverThrows() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var result = DisclosureReader.Read("fuzz.txt", System.Text.Encoding.UTF8.GetBytes(text));
                return result.Succeeded || result.Failure is not null;
            });
}
