using DocumentFormat.OpenXml;
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

    /// <summary>Cover title: 22 pt 黑体, centred, far down the page.</summary>
    public const string DocumentTitle = "DocTitle";

    /// <summary>Cover lines under the title.</summary>
    public const string Cover = "CoverLine";

    /// <summary>The "目录" heading.</summary>
    public const string ContentsTitle = "ContentsTitle";

    /// <summary>Contents entries for parts and for tables.</summary>
    public const string Contents1 = "TOC1";

    /// <summary>Contents entries for tables.</summary>
    public const string Contents2 = "TOC2";

    /// <summary>第N部分: 16 pt 黑体, centred, outline level 1.</summary>
    public const string PartHeading = "PartHeading";

    /// <summary>一、… headings: bold.</summary>
    public const string Heading = "SectionHeading";

    /// <summary>The 公开NN表 label: right-aligned.</summary>
    public const string TableLabel = "TableLabel";

    /// <summary>The 部门/单位 line.</summary>
    public const string TableCaption = "TableCaption";

    /// <summary>Running text of an official document: first line indented two characters.</summary>
    public const string BodyText = "BodyText";

    /// <summary>Notes under tables: 9 pt.</summary>
    public const string Note = "TableNote";

    /// <summary>The heading font (黑体; LibreOffice on Linux substitutes Noto Sans CJK SC).</summary>
    public const string HeadingFont = "黑体";

    /// <summary>The East Asian font. Word uses 宋体 (SimSun); LibreOffice on Linux substitutes it, usually with Noto Serif CJK SC.</summary>
    public const string ChineseFont = "宋体";

    /// <summary>Latin text and digits.</summary>
    public const string LatinFont = "Times New Roman";

    /// <summary>A4 text width in twips between 2 cm margins.</summary>
    public const int TextWidth = 11906 - (2 * Margin);

    /// <summary>Page margins in twips (2 cm).</summary>
    public const int MarginTwips = Margin;

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
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = TableTitle, CustomStyle = true },
            Paragraph(DocumentTitle, "Document Title", 44, heading: true, new SpacingBetweenLines { Before = "3600", After = "1200" }, new Justification { Val = JustificationValues.Center }),
            Paragraph(Cover, "Cover Line", 32, heading: false, new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }),
            Paragraph(ContentsTitle, "Contents Title", 32, heading: true, new SpacingBetweenLines { After = "360" }, new Justification { Val = JustificationValues.Center }),
            Paragraph(Contents1, "toc 1", 24, heading: false, new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth }), new SpacingBetweenLines { Before = "120" }),
            Paragraph(Contents2, "toc 2", 21, heading: false, new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth }), new Indentation { Left = "420" }),
            Paragraph(PartHeading, "Part Heading", 32, heading: true, new SpacingBetweenLines { Before = "240", After = "360" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
            Paragraph(Heading, "Section Heading", 24, heading: true, new SpacingBetweenLines { Before = "240", After = "120" }),
            Paragraph(TableLabel, "Table Label", 21, heading: false, new Justification { Val = JustificationValues.Right }),
            Paragraph(TableCaption, "Table Caption", 21, heading: false, new SpacingBetweenLines { After = "60" }),
            Paragraph(Note, "Table Note", 18, heading: false, new SpacingBetweenLines { Before = "60" }),
            Paragraph(BodyText, "Body Text", 24, heading: false, new SpacingBetweenLines { After = "60", Line = "360", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 200, FirstLine = "480" }, new Justification { Val = JustificationValues.Both }));

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
                new AltName { Val = "SimHei" },
                new Panose1Number { Val = "02010609060101010101" },
                new FontCharSet { Val = "86" },
                new FontFamily { Val = FontFamilyValues.Modern },
                new Pitch { Val = FontPitchValues.Fixed })
            { Name = HeadingFont },
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

    /// <summary>Text width in twips of a portrait or landscape page.</summary>
    public static int TextWidthOf(bool landscape) => landscape ? 16838 - (2 * Margin) : TextWidth;

    /// <summary>Adds a footer with the page number centred ("- 3 -"), returning its relationship id.</summary>
    public static string AddPageNumberFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("- ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new SimpleField { Instruction = " PAGE " },
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(" -") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }

    private static Style Paragraph(string id, string name, int halfPoints, bool heading, params OpenXmlElement[] paragraph)
    {
        var run = new StyleRunProperties();
        if (heading)
        {
            run.Append(new RunFonts { EastAsia = HeadingFont, Hint = FontTypeHintValues.EastAsia }, new Bold());
        }

        run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new StyleParagraphProperties(paragraph), run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
    }
}
