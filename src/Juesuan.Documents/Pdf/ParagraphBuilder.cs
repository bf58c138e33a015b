using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Documents.Layout;
using Juesuan.Domain.Diagnostics;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// Joins running text lines into paragraphs. A paragraph ends at a short line (earlier still
/// when it ends with sentence-final punctuation), a larger than usual gap, a change of font size, and before a
/// line that is indented or starts with a heading marker (一、 （一） 1. 第一部分). Lines such as
/// "单位：万元" and "部门：…" stand alone. A paragraph may continue onto the next page.
/// </summary>
internal sealed partial class ParagraphBuilder(string path, List<LayoutBlock> output)
{
    private readonly StringBuilder _text = new();
    private TextLine? _prev;
    private PageMetrics? _prevMetrics;
    private int _prevPage;
    private int _startPage;
    private bool _closed = true;

    public void Add(TextLine line, int page, PageMetrics metrics)
    {
        var standalone = IsStandalone(line.Text);
        if (_closed || standalone || StartsNew(line, page, metrics))
        {
            Flush();
            _startPage = page;
        }

        TextJoin.AppendWrapped(_text, line.Text);
        _prev = line;
        _prevPage = page;
        _prevMetrics = metrics;
        _closed = standalone;
    }

    /// <summary>Ends the current paragraph (before a table, or at the end).</summary>
    public void Flush()
    {
        if (_text.Length > 0)
        {
            var text = CellText.Clean(_text.ToString());
            if (text.Length > 0)
            {
                output.Add(new LayoutParagraph(text, new SourceLocation { File = path, Page = _startPage }));
            }

            _text.Clear();
        }

        _closed = false;
        _prev = null;
    }

    /// <summary>A page number or page footer such as "3", "- 3 -", "第 3 页", "3 / 25".</summary>
    public static bool IsPageNumber(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ' ' or '-' or '—' or '–' or '－' or '第' or '页' or '共' or '/' or '·' or '　'))
            {
                return false;
            }
        }

        return digits is > 0 and <= 4;
    }

    private bool StartsNew(TextLine line, int page, PageMetrics metrics)
    {
        if (_prev is null || _prevMetrics is null)
        {
            return true;
        }

        var prev = _prev;
        var em = Math.Max(line.Size, prev.Size);
        if (HeadingMarker().IsMatch(line.Text) || Math.Abs(line.Size - prev.Size) > em * 0.12)
        {
            return true;
        }

        // Justified Chinese text often ends a full line with 。 or ； in mid-paragraph, so
        // sentence-final punctuation ends a paragraph only on a line that stops short.
        var room = _prevMetrics.RightMargin - prev.Right;
        if (EndsSentence(prev.Text) && room > 1.2 * em)
        {
            return true;
        }

        var prevShort = room > 2 * em && LeadingRunWidth(line) < room - (0.3 * em);
        var prevCentered = IsCentered(prev, _prevMetrics);
        var lineCentered = IsCentered(line, metrics);
        if (page == _prevPage && lineCentered && (prevCentered || (!prevShort && prev.Left > metrics.LeftMargin + em)))
        {
            // A centred title wrapped over two lines.
            return line.Baseline - prev.Baseline > (metrics.LineStep * 1.6) + 1;
        }

        if (prevCentered || prevShort)
        {
            return true;
        }

        // A heading ("九、…情况说明") followed by text at the same indentation; a wrapped
        // heading would go on at the left margin instead.
        if (HeadingMarker().IsMatch(prev.Text) && prev.Text.AsSpan().IndexOfAny("，。；：,;:") < 0 && line.Left > prev.Left - (0.5 * em))
        {
            return true;
        }

        if (page != _prevPage)
        {
            return lineCentered || line.Left > metrics.LeftMargin + (0.8 * em);
        }

        return line.Baseline - prev.Baseline > (metrics.LineStep * 1.6) + 1
            || line.Left > prev.Left + (0.8 * em);
    }

    /// <summary>
    /// The width of what the line starts with that could not have been broken: a number with
    /// its unit sign, or one character with the brackets and punctuation glued to it
    /// ("（项）。"). A shorter previous line is still a wrapped one when this did not fit.
    /// </summary>
    private static double LeadingRunWidth(TextLine line)
    {
        var t = line.Text;
        var em = line.Size;
        var i = 0;
        while (i < t.Length && t[i] is '（' or '(' or '“' or '‘' or '《' or '〈' or '「' or '【' or '[')
        {
            i++;
        }

        if (i < t.Length && !TextJoin.IsWide(t[i]) && t[i] != ' ')
        {
            while (i < t.Length && !TextJoin.IsWide(t[i]) && t[i] != ' ')
            {
                i++;
            }
        }
        else
        {
            i++;
        }

        while (i < t.Length && t[i] is '）' or ')' or '”' or '’' or '》' or '〉' or '」' or '】' or '，' or '。' or '、' or '；' or '：' or '！' or '？' or '%' or '％')
        {
            i++;
        }

        var width = 0.0;
        for (var k = 0; k < Math.Min(i, t.Length); k++)
        {
            width += TextJoin.IsWide(t[k]) ? em : 0.55 * em;
        }

        return width;
    }

    private static bool IsCentered(TextLine line, PageMetrics metrics)
    {
        var em = line.Size;
        return line.Left > metrics.LeftMargin + (2 * em)
            && line.Right < metrics.RightMargin - (2 * em)
            && Math.Abs(((line.Left + line.Right) / 2) - metrics.Center) < 1.5 * em;
    }

    private static bool EndsSentence(string text)
    {
        var s = text.AsSpan().TrimEnd("”’）)\"'");
        return s.Length > 0 && s[^1] is '。' or '；' or '！' or '？' or ';' or '!' or '?';
    }

    private static bool IsStandalone(string text) =>
        text.StartsWith("单位：", StringComparison.Ordinal)
        || text.StartsWith("单位:", StringComparison.Ordinal)
        || text.StartsWith("部门：", StringComparison.Ordinal)
        || text.StartsWith("部门:", StringComparison.Ordinal)
        || text.StartsWith("编制单位", StringComparison.Ordinal)
        || text.StartsWith("公开", StringComparison.Ordinal) && text.EndsWith('表');

    [GeneratedRegex(@"^(第[一二三四五六七八九十百]+(部分|章|节)|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．.](?![\d,])|[（(]\d{1,2}[）)]|注[：:]|说明[：:])")]
    private static partial Regex HeadingMarker();
}
