using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Documents.Word;
using static Juesuan.Documents.Tests.Word.LayoutSamples;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Juesuan.Documents.Tests.Word;

public class DocxNumberingTests
{
    private static Level Lvl(int index, NumberFormatValues format, string text, LevelSuffixValues? suffix = null, int start = 1)
    {
        var level = new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format });
        if (suffix is { } s)
        {
            level.Append(new LevelSuffix { Val = s });
        }

        level.Append(new LevelText { Val = text });
        level.LevelIndex = index;
        return level;
    }

    private static Paragraph Item(int? num, int? level, string text, string? style = null)
    {
        var props = new ParagraphProperties();
        if (style is not null)
        {
            props.Append(new ParagraphStyleId { Val = style });
        }

        if (num is not null)
        {
            props.Append(new NumberingProperties(new NumberingLevelReference { Val = level ?? 0 }, new NumberingId { Val = num.Value }));
        }

        return new Paragraph(props, new Run(new WText(text)));
    }

    [Fact]
    public void List_numbers_are_put_before_the_text_as_word_draws_them()
    {
        using var ms = new MemoryStream();
        using (var word = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Lvl(0, NumberFormatValues.ChineseCounting, "%1、"),
                    Lvl(1, NumberFormatValues.ChineseCounting, "（%2）", LevelSuffixValues.Nothing),
                    Lvl(2, NumberFormatValues.Decimal, "%1.%3", LevelSuffixValues.Nothing)) // %1 keeps level 0's format
                { AbstractNumberId = 1 },
                new AbstractNum(Lvl(0, NumberFormatValues.Bullet, "\uf0b7")) { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 3 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "My Heading" }, new BasedOn { Val = "Heading1" }) { Type = StyleValues.Paragraph, StyleId = "MyHeading" });
            main.Document = new Document(new Body(
                Item(1, 0, "部门职责"),
                Item(1, 1, "内设机构"),
                Item(1, 1, "决算单位构成"),
                Item(1, 2, "小项"),
                Item(1, 0, "机构设置"),
                Item(1, 1, "重新计数"),
                Item(null, null, "样式编号", style: "MyHeading"),
                Item(3, 0, "项目符号"),
                Item(0, 0, "取消编号"),
                new Table(new TableRow(new TableCell(Item(1, 1, "表内")))),
                Item(2, 0, "重新开始")));
        }

        var doc = DocxLayoutReader.Read("list.docx", new MemoryStream(ms.ToArray()));
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(
        [
            "P:一、 部门职责", "P:（一）内设机构", "P:（二）决算单位构成", "P:一.1小项", "P:二、 机构设置", "P:（一）重新计数",
            "P:三、 样式编号", "P:项目符号", "P:取消编号", "T:（一）表内", "P:一、 重新开始",
        ],
            Shape(doc));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(105, "一百〇五")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千〇一")]
    public void Chinese_counting(int n, string expected) =>
        Assert.Equal(expected, DocxListNumerals.Format(n, NumberFormatValues.ChineseCounting));

    [Fact]
    public void Other_formats()
    {
        Assert.Equal("叁", DocxListNumerals.Format(3, NumberFormatValues.ChineseLegalSimplified));
        Assert.Equal("③", DocxListNumerals.Format(3, NumberFormatValues.DecimalEnclosedCircle));
        Assert.Equal("⑶", DocxListNumerals.Format(3, NumberFormatValues.DecimalEnclosedParen));
        Assert.Equal("丙", DocxListNumerals.Format(3, NumberFormatValues.IdeographTraditional));
        Assert.Equal("AA", DocxListNumerals.Format(27, NumberFormatValues.UpperLetter));
        Assert.Equal("xiv", DocxListNumerals.Format(14, NumberFormatValues.LowerRoman));
        Assert.Equal("１２", DocxListNumerals.Format(12, NumberFormatValues.DecimalFullWidth));
        Assert.Equal("07", DocxListNumerals.Format(7, NumberFormatValues.DecimalZero));
        Assert.Equal("7", DocxListNumerals.Format(7, NumberFormatValues.Ordinal));
    }
}
