using Juesuan.Documents.Layout;
using Juesuan.Domain.Amounts;
using Juesuan.Domain.Classification;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Evaluations;
using Juesuan.Domain.Tables;

namespace Juesuan.Documents.Interpretation;

/// <summary>The running state of one interpretation.</summary>
internal sealed class InterpretationState(string path)
{
    private readonly List<DisclosureTable> tables = [];
    private readonly List<Evaluation> evaluations = [];
    private readonly List<NarrativeParagraph> narrative = [];
    private readonly Dictionary<string, int> departments = new(StringComparer.Ordinal);
    private string? pendingTitle;
    private string? pendingEvaluationTitle;
    private string? pendingLabel;
    private AmountUnit pendingUnit;
    private DocumentPart part = DocumentPart.None;
    private DocumentPart parts = DocumentPart.None;
    private string? heading;
    private int? titleYear;
    private string? titleDepartment;

    public List<Diagnostic> Diagnostics { get; } = [];

    private Catalog Functions => Catalog.For(ClassificationKind.Function, titleYear ?? 2024);

    public void Paragraph(LayoutParagraph p, string? next, bool tableFollows, int order)
    {
        var text = p.Text;
        if (text.Length == 0)
        {
            return;
        }

        var compact = CellText.Compact(text);
        if (Metadata.Department(text) is { } dept)
        {
            departments[dept] = departments.GetValueOrDefault(dept) + 1;
        }

        var unit = Metadata.Unit(text);
        if (unit != AmountUnit.Unknown && compact.Length <= 60)
        {
            pendingUnit = unit;
        }

        if (Metadata.Label(text) is { } label && compact.Length <= 60)
        {
            pendingLabel = label;
        }

        // Table captions are not running text: they go with their table. A numbered title
        // ("九、国有资本经营…决算表") is a contents line unless its table follows.
        var isCaption = false;
        var numbered = CatalogNames.StripListNumber(compact).Length < compact.Length;
        if (TableKinds.FromTitle(text) is not null && compact.Length <= 40 && (tableFollows || !numbered))
        {
            pendingTitle = CellText.Clean(text);
            isCaption = true;
            if (Metadata.Label(text) is null)
            {
                pendingLabel = null;
            }
        }

        if ((compact.Contains("自评表", StringComparison.Ordinal) || compact.EndsWith("指标体系", StringComparison.Ordinal) || compact.EndsWith("评分表", StringComparison.Ordinal)) && compact.Length <= 40)
        {
            pendingEvaluationTitle = CellText.Clean(text);
            isCaption = true;
        }

        var (titledDepartment, titledYear) = Metadata.FromTitle(text);
        titleYear ??= titledYear;
        titleDepartment ??= titledDepartment;

        if (DocumentSections.PartOf(text, next) is { } newPart)
        {
            part = newPart;
            parts |= newPart;
        }

        if (isCaption || Metadata.IsTableDecoration(text))
        {
            return;
        }

        if (DocumentSections.IsHeading(text))
        {
            heading = CellText.Clean(text);
        }

        if (IsDeclaredEmpty(compact) && tables.Count > 0 && tables[^1].Rows.All(r => r.Cells.All(c => c.Value.Amount is null or { Value: 0 })))
        {
            tables[^1] = tables[^1] with { DeclaredEmpty = true };
        }

        narrative.Add(new NarrativeParagraph(text, part, heading, p.Location, p.EndLine) { Order = order });
    }

    public void Table(LayoutTable table, string? after, int order)
    {
        var rows = table.Rows.ToList();
        string? title = null;
        string? label = pendingLabel;
        var unit = pendingUnit;

        // Titles, labels, units and department lines printed inside the table's first rows (seed 004).
        while (rows.Count > 0 && IsDecorationRow(rows[0], ref title, ref label, ref unit))
        {
            rows.RemoveAt(0);
        }

        title ??= pendingTitle;
        var kind = title is null ? null : TableKinds.FromTitle(title);
        var declaredEmpty = after is not null && IsDeclaredEmpty(CellText.Compact(after));
        if (rows.Count == 0)
        {
            ResetPending();
            return;
        }

        if (SelfEvaluationExtractor.Matches(rows))
        {
            var evalTitle = pendingEvaluationTitle ?? title ?? "绩效自评表";
            evaluations.Add(SelfEvaluationExtractor.Extract(evalTitle, rows, table.Location) with { Order = order });
            parts |= DocumentPart.EvaluationTables;
            ResetPending();
            return;
        }

        if (kind is null && RubricExtractor.Matches(rows))
        {
            evaluations.Add(RubricExtractor.Extract(pendingEvaluationTitle ?? pendingTitle ?? "绩效评价指标体系", rows, table.Location) with { Order = order });
            parts |= DocumentPart.Rubric;
            ResetPending();
            return;
        }

        if (kind is null)
        {
            if (rows.Count >= 2)
            {
                var first = string.Join(" ", rows.SelectMany(r => r.Cells).Select(c => CellText.Compact(c.Text)).Where(t => t.Length > 0).Take(4));
                Diagnostics.Add(DiagnosticCodes.UnrecognizedTable(table.Location, first));
            }

            ResetPending();
            return;
        }

        if (unit == AmountUnit.Unknown)
        {
            Diagnostics.Add(DiagnosticCodes.UnitMissing(table.Location, title!));
            unit = AmountUnit.WanYuan;
        }

        var input = new TableInput(kind.Value, CellText.Clean(title!), label, unit, rows, table.Location, declaredEmpty);
        var extracted = kind.Value switch
        {
            TableKind.IncomeExpenditureSummary or TableKind.FiscalGrantSummary => SummaryTableExtractor.Extract(input, Functions),
            TableKind.Income or TableKind.Expenditure or TableKind.GeneralBudgetExpenditure or TableKind.GovernmentFund or TableKind.StateCapital
                => CodedTableExtractor.Extract(input),
            TableKind.GeneralBudgetBasicExpenditure => BasicExpenditureExtractor.Extract(input),
            TableKind.ThreePublicExpenses => ThreePublicExtractor.Extract(input),
            _ => GenericTableExtractor.Extract(input),
        };

        // A table continued on the next page (PDF, Word page breaks) arrives as a second block of the same kind.
        if (tables.Count > 0 && tables[^1].Kind == extracted.Kind && title == null)
        {
            tables[^1] = tables[^1] with { Rows = [.. tables[^1].Rows, .. extracted.Rows] };
        }
        else
        {
            tables.Add(extracted with { Order = order });
        }

        if (kind != TableKind.PerformanceBasicData)
        {
            parts |= DocumentPart.FinalAccountsTables;
        }

        ResetPending();
    }

    public Disclosure Finish(string format)
    {
        var year = titleYear ?? MostFrequentYear();
        TableChecks.Run(tables, year ?? 2024, Diagnostics);
        if (parts.HasFlag(DocumentPart.EvaluationReport) && evaluations.All(e => e.Kind != EvaluationKind.Rubric && e.Kind != EvaluationKind.DepartmentSelfEvaluation))
        {
            var report = narrative.Where(n => n.Part == DocumentPart.EvaluationReport).ToList();
            if (report.Count > 0 && NarrativeBreakdownExtractor.Extract(report) is { } breakdown)
            {
                evaluations.Add(breakdown with { Order = report[0].Order });
            }
        }

        if (tables.Any(t => TableKinds.Standard.Contains(t.Kind)) || parts.HasFlag(DocumentPart.Explanation))
        {
            foreach (var kind in TableKinds.Standard.Where(k => tables.All(t => t.Kind != k)))
            {
                Diagnostics.Add(DiagnosticCodes.MissingTable(path, kind.Title()));
            }
        }

        if (tables.Count == 0 && evaluations.Count == 0 && !narrative.Any(n => LooksFinancial(n.Text)))
        {
            Diagnostics.Add(DiagnosticCodes.NotADisclosure(path));
        }

        var department = departments.Count > 0 ? departments.MaxBy(kv => kv.Value).Key
            : evaluations.Select(e => e.Subject).FirstOrDefault(s => s is not null) ?? titleDepartment;
        return new Disclosure
        {
            Path = path,
            Format = format,
            Department = department,
            Year = year,
            Parts = parts,
            Tables = tables,
            Evaluations = evaluations,
            Narrative = narrative,
            Diagnostics = Diagnostics,
        };
    }

    private int? MostFrequentYear()
    {
        var years = narrative.Take(200).Select(n => Metadata.Year(n.Text)).Where(y => y is >= 2000 and <= 2100).ToList();
        return years.Count == 0 ? null : years.GroupBy(y => y).MaxBy(g => g.Count())!.Key;
    }

    private static bool LooksFinancial(string text) =>
        text.Contains("决算", StringComparison.Ordinal) || text.Contains("绩效", StringComparison.Ordinal) || text.Contains("预算", StringComparison.Ordinal);

    private static bool IsDeclaredEmpty(string compact) =>
        compact.Contains("本表无数据", StringComparison.Ordinal) || compact.Contains("故本表为空", StringComparison.Ordinal) || compact.Contains("本表为空表", StringComparison.Ordinal);

    private bool IsDecorationRow(LayoutRow row, ref string? title, ref string? label, ref AmountUnit unit)
    {
        var texts = row.Cells.Select(c => c.Text).Where(t => !CellText.IsBlank(t)).ToList();
        if (texts.Count == 0)
        {
            return title is not null;
        }

        var joined = string.Join(" ", texts);
        if (texts.Count == 1 && TableKinds.FromTitle(texts[0]) is not null)
        {
            title = CellText.Clean(texts[0]);
            return true;
        }

        if (texts.All(t => Metadata.IsTableDecoration(t) || (t.EndsWith('：') && CellText.Compact(t).Length <= 4)) || (texts.Count <= 3 && Metadata.Department(joined) is not null && Metadata.Unit(joined) != AmountUnit.Unknown))
        {
            label = Metadata.Label(joined) ?? label;
            var u = Metadata.Unit(joined);
            unit = u == AmountUnit.Unknown ? unit : u;
            if (Metadata.Department(joined.Replace(" ", string.Empty, StringComparison.Ordinal)) is { } d)
            {
                departments[d] = departments.GetValueOrDefault(d) + 1;
            }
            else if (texts.Count >= 2 && CellText.Compact(texts[0]) is "部门：" or "单位：")
            {
                var name = CellText.Clean(texts[1]);
                departments[name] = departments.GetValueOrDefault(name) + 1;
            }

            return true;
        }

        return false;
    }

    private void ResetPending()
    {
        pendingTitle = null;
        pendingLabel = null;
        pendingUnit = AmountUnit.Unknown;
        pendingEvaluationTitle = null;
    }
}
