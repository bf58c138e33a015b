using Juesuan.Documents.Inputs;
using Juesuan.Documents.Json;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Writing;
using Juesuan.Documents.Writing.Composition;
using Juesuan.Documents.Writing.Official;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Reporting;
using Juesuan.Rules.Scoring;

namespace Juesuan.Web.Disclosures;

/// <summary>What reading and auditing one file gave: the model, the report and both as the CLI's JSON.</summary>
public sealed record IntakeResult(string FileName, Disclosure? Disclosure, CheckReport Report, string ModelJson, string CheckJson)
{
    /// <summary>True when the file could be read.</summary>
    public bool Succeeded => Disclosure is not null;

    /// <summary>Why the file could not be taken, naming the file and the place; null when it was.</summary>
    public string? Problem { get; init; }
}

/// <summary>
/// Reads and audits an uploaded or generated file with the same services as <c>juesuan parse</c>,
/// <c>check</c> and <c>render</c>: a published disclosure in any readable format is taken as it
/// is; a filled input workbook (<c>juesuan template</c>) is scored, composed into the official
/// document as <c>render</c> would, and that document is what is audited.
/// </summary>
public sealed class DisclosureIntake(Checker checker)
{
    /// <summary>Reads and audits <paramref name="content"/> named <paramref name="fileName"/>.</summary>
    public IntakeResult Take(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && FromWorkbook(name, content) is { } composed)
        {
            return composed;
        }

        return Audit(name, DisclosureReader.Read(name, content));
    }

    /// <summary>Error and warning counts of a report.</summary>
    public static (int Errors, int Warnings) Tally(CheckReport report) => (report.Count(Severity.Error), report.Count(Severity.Warning));

    /// <summary>The official .docx of a disclosure's figures and inputs, as <c>juesuan render</c> writes it.</summary>
    public static byte[] OfficialDocx(Disclosure figures, Documents.Writing.Explanation.ExplanationInputs inputs)
    {
        var (scored, _, _) = AttachmentScoring.Score(figures);
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(OfficialLayoutWriter.Write(DisclosureComposer.Compose(scored, inputs)), ms);
        return ms.ToArray();
    }

    private IntakeResult Audit(string name, ReadResult read)
    {
        var report = read.Succeeded ? checker.Check(read.Disclosure!) : new CheckReport { Path = name, InputFailure = read.Failure };
        return new IntakeResult(name, read.Disclosure, report, DisclosureJsonWriter.ToJson([read]), CheckJsonWriter.ToJson([report]))
        {
            Problem = read.Succeeded ? null : $"{name}: {read.Failure!.Code} {read.Failure.Message}",
        };
    }

    private IntakeResult? FromWorkbook(string name, byte[] content)
    {
        // The workbook reader works on files (ClosedXML); the upload lives only as long as this call.
        var folder = Directory.CreateTempSubdirectory("juesuan-intake-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            File.WriteAllBytes(path, content);
            if (InputWorkbookReader.TryRead(path) is not { } workbook)
            {
                return null;
            }

            if (workbook.Figures is not { } figures || workbook.Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                var problems = workbook.Diagnostics.Select(d => $"{d.Location.Describe()} {d.Message}".Trim());
                var report = new CheckReport { Path = name, InputFailure = workbook.Diagnostics.FirstOrDefault() };
                return new IntakeResult(name, null, report, "{}", CheckJsonWriter.ToJson([report]))
                {
                    Problem = $"{name}: 填报表有误：{string.Join("；", problems)}",
                };
            }

            var docxName = Path.ChangeExtension(name, ".docx");
            return Audit(docxName, DisclosureReader.Read(docxName, OfficialDocx(figures, workbook.Inputs)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
