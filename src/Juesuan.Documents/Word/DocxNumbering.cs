using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Documents.Word;

/// <summary>
/// Word's automatic list numbering: headings such as "二、" or "（一）" that Word draws from
/// numbering.xml rather than storing in the text. Counters run in document order per
/// abstract numbering (lists sharing one continue each other); a w:num with a startOverride
/// restarts its levels when first used; deeper levels restart after a shallower one is used.
/// Bullets are left out. A tab after the number is given as one space.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private const int MaxStyleChain = 16;
    private readonly Dictionary<int, (int Abstract, Dictionary<int, int> Starts)> nums = [];
    private readonly Dictionary<int, ListLevel?[]> abstracts = [];
    private readonly Dictionary<string, (int? Num, int? Level, string? BasedOn)> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> started = [];

    private sealed record ListLevel(int Start, NumberFormatValues Format, string Text, string Suffix, bool Legal);

    /// <summary>Reads the numbering and style parts; null when the document has no numbering.</summary>
    public static DocxNumbering? Load(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart?.Numbering is not { } numbering)
        {
            return null;
        }

        var result = new DocxNumbering();
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId is not { HasValue: true } id)
            {
                continue;
            }

            var levels = new ListLevel?[Levels];
            foreach (var lvl in a.Elements<Level>())
            {
                if (lvl.LevelIndex is { HasValue: true } i && i.Value is >= 0 and < Levels)
                {
                    levels[i.Value] = ReadLevel(lvl);
                }
            }

            result.abstracts[id.Value] = levels;
        }

        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID is not { HasValue: true } id || num.AbstractNumId?.Val is not { HasValue: true } abstractId)
            {
                continue;
            }

            var starts = new Dictionary<int, int>();
            foreach (var o in num.Elements<LevelOverride>())
            {
                if (o.LevelIndex is { HasValue: true } i && i.Value is >= 0 and < Levels && o.StartOverrideNumberingValue?.Val is { HasValue: true } start)
                {
                    starts[i.Value] = start.Value;
                }
            }

            result.nums[id.Value] = (abstractId.Value, starts);
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } sid)
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                result.styles[sid] = (Int(numPr?.NumberingId?.Val), Int(numPr?.NumberingLevelReference?.Val), style.BasedOn?.Val?.Value);
            }
        }

        return result;
    }

    /// <summary>The label Word draws before the paragraph ("二、 "), advancing the counters; empty when none.</summary>
    public string Label(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = Int(numPr?.NumberingId?.Val), level = Int(numPr?.NumberingLevelReference?.Val);
        if (numId is null || level is null)
        {
            var (styleNum, styleLevel) = FromStyle(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            numId ??= styleNum;
            level ??= styleLevel;
        }

        var ilvl = level ?? 0;
        if (numId is not { } n || !nums.TryGetValue(n, out var num) || !abstracts.TryGetValue(num.Abstract, out var levels)
            || ilvl is < 0 or >= Levels || levels[ilvl] is not { } def)
        {
            return string.Empty; // numId 0 or an unknown list: no number
        }

        if (!counters.TryGetValue(num.Abstract, out var count))
        {
            counters[num.Abstract] = count = new int?[Levels];
        }

        if (started.Add(n))
        {
            foreach (var (i, start) in num.Starts)
            {
                count[i] = start - 1;
            }
        }

        count[ilvl] = count[ilvl] is { } c ? c + 1 : def.Start;
        Array.Fill(count, null, ilvl + 1, Levels - ilvl - 1);
        if (def.Format == NumberFormatValues.Bullet)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < def.Text.Length; i++)
        {
            var ch = def.Text[i];
            if (ch == '%' && i + 1 < def.Text.Length && def.Text[i + 1] is >= '1' and <= '9')
            {
                var k = def.Text[++i] - '1';
                var at = levels[k];
                var value = count[k] ?? at?.Start ?? 1;
                sb.Append(DocxListNumerals.Format(value, def.Legal || at is null ? NumberFormatValues.Decimal : at.Format));
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.Length == 0 ? string.Empty : sb.Append(def.Suffix).ToString();
    }

    private (int? Num, int? Level) FromStyle(string? styleId)
    {
        int? num = null, level = null;
        for (var i = 0; i < MaxStyleChain && styleId is not null && styles.TryGetValue(styleId, out var s); i++)
        {
            num ??= s.Num;
            level ??= s.Level;
            styleId = s.BasedOn;
        }

        return (num, level);
    }

    private static int? Int(DocumentFormat.OpenXml.Int32Value? v) => v is { HasValue: true } ? v.Value : null;

    private static ListLevel ReadLevel(Level lvl)
    {
        var format = lvl.NumberingFormat?.Val is { HasValue: true } f ? f.Value : NumberFormatValues.Decimal;
        var suffix = lvl.LevelSuffix?.Val is { HasValue: true } s ? s.Value : LevelSuffixValues.Tab;
        return new ListLevel(
            lvl.StartNumberingValue?.Val is { HasValue: true } start ? start.Value : 1,
            format,
            lvl.LevelText?.Val?.Value ?? string.Empty,
            suffix == LevelSuffixValues.Nothing ? string.Empty : " ",
            lvl.IsLegalNumberingStyle is { } legal && (legal.Val is not { HasValue: true } on || on.Value));
    }
}
