using Juesuan.Documents.Json;
using Juesuan.Documents.Reading;
using Juesuan.Domain.Diagnostics;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Reporting;

namespace Juesuan.Web.Disclosures;

/// <summary>What reading and auditing one file gave: the model, the report and both as the CLI's JSON.</summary>
public sealed record IntakeResult(string FileName, Disclosure? Disclosure, CheckReport Report, string ModelJson, string CheckJson)
{
    /// <summary>True when the file could be read.</summary>
    public bool Succeeded => Disclosure is not null;
}

/// <summary>Reads and audits an uploaded or generated file with the same services as <c>juesuan parse</c> and <c>check</c>.</summary>
public sealed class DisclosureIntake(Checker checker)
{
    /// <summary>Reads and audits <paramref name="content"/> named <paramref name="fileName"/>.</summary>
    public IntakeResult Take(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        var read = DisclosureReader.Read(name, content);
        var report = read.Succeeded ? checker.Check(read.Disclosure!) : new CheckReport { Path = name, InputFailure = read.Failure };
        return new IntakeResult(name, read.Disclosure, report, DisclosureJsonWriter.ToJson([read]), CheckJsonWriter.ToJson([report]));
    }

    /// <summary>Error and warning counts of a report.</summary>
    public static (int Errors, int Warnings) Tally(CheckReport report) => (report.Count(Severity.Error), report.Count(Severity.Warning));
}
