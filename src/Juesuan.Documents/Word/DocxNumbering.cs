using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
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

    /// <summary>
    /// Reads the numbering and style parts (their root elements); null when the document has
    /// no numbering or the parts are not what they claim to be (the text is still worth reading).
    /// </summary>
    public static DocxNumbering? Load(XElement? numbering, XElement? styles)
    {
        if (numbering is null || numbering.Name != DocxXml.W + "numbering")
        {
            return null;
        }

        var result = new DocxNumbering();
        foreach (var a in numbering.Elements(DocxXml.W + "abstractNum"))
        {
            if (DocxXml.Int(a.Attribute(DocxXml.W + "abstractNumId")?.Value) is not { } id)
            {
                continue;
            }

            var levels = new ListLevel?[Levels];
            foreach (var lvl in a.Elements(DocxXml.W + "lvl"))
            {
                if (DocxXml.Int(lvl.Attribute(DocxXml.W + "ilvl")?.Value) is { } i && i is >= 0 and < Levels)
                {
                    levels[i] = ReadLevel(lvl);
                }
            }

            result.abstracts[id] = levels;
        }

        foreach (var num in numbering.Elements(DocxXml.W + "num"))
        {
            if (DocxXml.Int(num.Attribute(DocxXml.W + "numId")?.Value) is not { } id || DocxXml.Int(Val(num.Element(DocxXml.W + "abstractNumId"))) is not { } abstractId)
            {
                continue;
            }

            var starts = new Dictionary<int, int>();
            foreach (var o in num.Elements(DocxXml.W + "lvlOverride"))
            {
                if (DocxXml.Int(o.Attribute(DocxXml.W + "ilvl")?.Value) is { } i && i is >= 0 and < Levels && DocxXml.Int(Val(o.Element(DocxXml.W + "startOverride"))) is { } start)
                {
                    starts[i] = start;
                }
            }

            result.nums[id] = (abstractId, starts);
        }

        if (styles is not null && styles.Name != DocxXml.W + "styles")
        {
            return null; // the SDK refuses a styles part with another root, and the numbering with it
        }

        foreach (var style in styles?.Elements(DocxXml.W + "style") ?? [])
        {
            if (style.Attribute(DocxXml.W + "styleId")?.Value is { } sid)
            {
                var numPr = style.Element(DocxXml.W + "pPr")?.Element(DocxXml.W + "numPr");
                result.styles[sid] = (
                    DocxXml.Int(Val(numPr?.Element(DocxXml.W + "numId"))),
                    DocxXml.Int(Val(numPr?.Element(DocxXml.W + "ilvl"))),
                    Val(style.Element(DocxXml.W + "basedOn")));
            }
        }

        return result;
    }

    /// <summary>The label Word draws before the paragraph ("二、 "), advancing the counters; empty when none.</summary>
    /// <param name="numId">The paragraph's own w:numPr/w:numId, if any.</param>
    /// <param name="level">The paragraph's own w:numPr/w:ilvl, if any.</param>
    /// <param name="styleId">The paragraph's w:pStyle, if any.</param>
    public string Label(int? numId, int? level, string? styleId)
    {
        if (numId is null || level is null)
        {
            var (styleNum, styleLevel) = FromStyle(styleId);
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

    private static string? Val(XElement? element) => element?.Attribute(DocxXml.W + "val")?.Value;

    private static ListLevel ReadLevel(XElement lvl)
    {
        // The SDK's own value types parse the enumerations and on/off values, so that
        // unknown or misspelt values fall back exactly as they did when the SDK read the part.
        var f = new EnumValue<NumberFormatValues> { InnerText = Val(lvl.Element(DocxXml.W + "numFmt")) };
        var s = new EnumValue<LevelSuffixValues> { InnerText = Val(lvl.Element(DocxXml.W + "suff")) };
        var legal = lvl.Element(DocxXml.W + "isLgl");
        var on = legal is null ? null : new OnOffValue { InnerText = Val(legal) };
        return new ListLevel(
            DocxXml.Int(Val(lvl.Element(DocxXml.W + "start"))) ?? 1,
            f.HasValue ? f.Value : NumberFormatValues.Decimal,
            Val(lvl.Element(DocxXml.W + "lvlText")) ?? string.Empty,
            s.HasValue && s.Value == LevelSuffixValues.Nothing ? string.Empty : " ",
            on is not null && (!on.HasValue || on.Value));
    }
}
