using System.Text.RegularExpressions;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Rules.Claims;

/// <summary>
/// A sentence of the narrative with the paragraph it is in, the section heading above it
/// ("三、支出决算情况说明" and any "（一）…" under it) and its mentions.
/// </summary>
internal sealed partial record NarrativeSentence(string Text, NarrativeParagraph Paragraph, int ParagraphIndex, string Top, string Sub, Topic Topic, IReadOnlyList<Mention> Mentions)
{
    /// <summary>The headings above the sentence, joined.</summary>
    public string Section => Sub.Length == 0 ? Top : Top + " " + Sub;

    /// <summary>Splits the narrative into sentences (at 。 and line ends), tracking section headings.</summary>
    public static IReadOnlyList<NarrativeSentence> Split(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var list = new List<NarrativeSentence>();
        string top = string.Empty, sub = string.Empty;
        var topic = Topic.None;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var text = p.Text.Trim();
            if (TopHeading().IsMatch(text) && text.Length <= 40)
            {
                top = text;
                sub = string.Empty;
                topic = Topics.Of(top, sub);
            }
            else if (SubHeading().IsMatch(text) && text.Length <= 40)
            {
                sub = text;
                topic = Topics.Of(top, sub);
            }

            foreach (var s in text.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add(new NarrativeSentence(s, p, i, top, sub, topic, MentionScanner.Scan(s)));
            }
        }

        return list;
    }

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\d+、)")]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十\d]+[）)]")]
    private static partial Regex SubHeading();
}
