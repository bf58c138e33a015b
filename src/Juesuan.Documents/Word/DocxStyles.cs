using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Documents.Word;

/// <summary>Styles, fonts and page setup of the documents <see cref="DocxLayoutWriter"/> makes.</summary>
internal static class DocxStyles
{
    /// <summary>Style of table-cell paragraphs: 9 pt, no spacing.</summary>
    public const string TableText = "TableText";

    /// <summary>Style of table titles: 16 pt bold, centred.</summary>
    public const string TableTitle = "TableTitle";

    /// <summary>The East Asian font. Word uses 宋体 (SimSun); LibreOffice on Linux substitutes it, usually with Noto Serif CJK SC.</summary>
    public const string ChineseFont = "宋体";

    /// <summary>Latin text and digits.</summary>
    public const string LatinFont = "Times New Roman";

    /// <summary>A4 text width in twips between 2 cm margins.</summary>
    public const int TextWidth = 11906 - (2 * Margin);

    private const int Margin = 1134;

    /// <summary>Adds the style and font-table parts.</summary>
    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = ChineseFont, ComplexScript = LatinFont, Hint = FontTypeHintValues.EastAsia },
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Table Text" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }))
            { Type = StyleValues.Paragraph, StyleId = TableText, CustomStyle = true },
            new Style(
                new StyleName { Val = "Table Title" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = TableTitle, CustomStyle = true });

        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            new Font(
                new AltName { Val = "SimSun" },
                new Panose1Number { Val = "02010600030101010101" },
                new FontCharSet { Val = "86" },
                new FontFamily { Val = FontFamilyValues.Auto },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = ChineseFont },
            new Font(
                new FontCharSet { Val = "86" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = "Noto Serif CJK SC" },
            new Font(
                new Panose1Number { Val = "02020603050405020304" },
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = LatinFont });
    }

    /// <summary>A4 portrait with 2 cm margins.</summary>
    public static SectionProperties A4Section() => new(
        new PageSize { Width = 11906U, Height = 16838U, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567U, Footer = 567U, Gutter = 0U });

    /// <summary>Single 1/2 pt borders around and between all cells.</summary>
    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" });
}
