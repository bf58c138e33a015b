using System.Globalization;
using Juesuan.Documents.Writing.Explanation;
using Juesuan.Documents.Writing.Official;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Writing.Composition;

/// <summary>
/// Puts the whole disclosure together from figures: cover title, 目录, 第一部分 部门概况,
/// 第二部分 the nine tables in national order with their 公开NN表 labels, 第三部分 情况说明
/// written by <see cref="ExplanationWriter"/>, 第四部分 名词解释 (<see cref="Glossary"/>) and
/// 第五部分 附件 with the self-evaluation. Tables and evaluations are kept exactly as given;
/// only the text is written. Overview text comes from the inputs, else from the source's own
/// 第一部分, else it is marked for the preparer.
/// </summary>
public static class DisclosureComposer
{
    /// <summary>The composed disclosure.</summary>
    public static Disclosure Compose(Disclosure figures, ExplanationInputs inputs)
    {
        var y = figures.Year?.ToString(CultureInfo.InvariantCulture) ?? ExplanationWriter.Missing("年度");
        var department = figures.Department ?? ExplanationWriter.Missing("部门名称");
        var narrative = new List<NarrativeParagraph>();
        var order = 0;
        void Add(string text, DocumentPart part, string? heading = null) =>
            narrative.Add(new NarrativeParagraph(text, part, heading, new SourceLocation()) { Order = order += 10 });

        Add($"{department}{y}年度部门决算", DocumentPart.None);
        Add("目录", DocumentPart.None);

        Add("第一部分 部门概况", DocumentPart.Overview);
        Add("一、部门职责", DocumentPart.Overview);
        foreach (var line in Lines(inputs.Functions ?? SourceOverview(figures) ?? ExplanationWriter.Missing("部门职责")))
        {
            Add(line, DocumentPart.Overview, "一、部门职责");
        }

        Add("二、机构设置", DocumentPart.Overview);
        foreach (var line in Lines(inputs.Institutions ?? ExplanationWriter.Missing("机构设置")))
        {
            Add(line, DocumentPart.Overview, "二、机构设置");
        }

        Add($"第二部分 {y}年度部门决算表", DocumentPart.FinalAccountsTables);
        var tables = new List<DisclosureTable>();
        foreach (var t in figures.Tables.OrderBy(t => t.Label ?? t.Kind.PublicLabel() ?? "公开99表", StringComparer.Ordinal).ThenBy(t => t.Order))
        {
            tables.Add(t with { Label = t.Label ?? t.Kind.PublicLabel(), Order = order += 10 });
            if (t.DeclaredEmpty)
            {
                Add($"说明：{department}{y}年度没有{t.Title.Replace("决算表", string.Empty, StringComparison.Ordinal)}，本表无数据。", DocumentPart.FinalAccountsTables);
            }
        }

        string? heading = null;
        foreach (var line in ExplanationWriter.Write(figures, inputs))
        {
            var isHeading = line.StartsWith("第三部分", StringComparison.Ordinal) || (line.Length <= 40 && !line.EndsWith('。'));
            heading = isHeading ? line : heading;
            Add(line, DocumentPart.Explanation, isHeading ? null : heading);
        }

        Add("第四部分 名词解释", DocumentPart.Glossary);
        foreach (var p in Glossary.Paragraphs())
        {
            Add(p, DocumentPart.Glossary, "第四部分 名词解释");
        }

        var evaluations = new List<Evaluation>();
        var attached = figures.Evaluations.Where(e => e.Kind != EvaluationKind.NarrativeBreakdown).ToList();
        if (attached.Count > 0)
        {
            Add("第五部分 附件", DocumentPart.EvaluationTables);
            foreach (var e in attached)
            {
                evaluations.Add(e with { Order = order += 10 });
            }
        }

        return figures with
        {
            Format = "model",
            Parts = DocumentPart.Overview | DocumentPart.FinalAccountsTables | DocumentPart.Explanation | DocumentPart.Glossary | (attached.Count > 0 ? DocumentPart.EvaluationTables : DocumentPart.None),
            Narrative = narrative,
            Tables = tables,
            Evaluations = evaluations,
        };
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The source's own 部门职责 text when it was read from a published disclosure.</summary>
    private static string? SourceOverview(Disclosure d)
    {
        var body = d.Narrative
            .Where(n => n.Part == DocumentPart.Overview && n.Text.Length > 40 && n.Text.Contains('。', StringComparison.Ordinal))
            .Select(n => n.Text)
            .ToList();
        return body.Count > 0 ? string.Join("\n", body) : null;
    }
}
