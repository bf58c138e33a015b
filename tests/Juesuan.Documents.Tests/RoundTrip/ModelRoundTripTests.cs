using Juesuan.Documents.Interpretation;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Domain.Disclosures;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.RoundTrip;

/// <summary>
/// Each seed's model written in the plain layout to .txt, .docx and .xlsx reads back to the
/// same model (tables, evaluations, text, department, year).
/// </summary>
public class ModelRoundTripTests
{
    public static TheoryData<string> Seeds => new(["000", "001", "003", "004"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Layout_OfSeedModel_InterpretsToSameModel(string seed)
    {
        var model = Juesuan.Documents.Tests.Seeds.SeedDocuments.Get(seed);
        var back = DisclosureInterpreter.Interpret(DisclosureLayoutWriter.Write(model, "x"));
        Assert.Equal(ModelSnapshot.Of(model), ModelSnapshot.Of(back));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Text_OfSeedModel_ReadsBackToSameModel(string seed)
    {
        var model = Juesuan.Documents.Tests.Seeds.SeedDocuments.Get(seed);
        var bytes = System.Text.Encoding.UTF8.GetBytes(DisclosureFiles.ToText(model));
        AssertSame(model, DisclosureReader.Read(seed + ".txt", bytes));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Docx_OfSeedModel_ReadsBackToSameModel(string seed)
    {
        var model = Juesuan.Documents.Tests.Seeds.SeedDocuments.Get(seed);
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(model, ms);
        AssertSame(model, DisclosureReader.Read(seed + ".docx", ms.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Xlsx_OfSeedModel_ReadsBackToSameTablesAndEvaluations(string seed)
    {
        var model = Juesuan.Documents.Tests.Seeds.SeedDocuments.Get(seed);
        using var ms = new MemoryStream();
        DisclosureFiles.WriteXlsx(model, ms);
        var back = DisclosureReader.Read(seed + ".xlsx", ms.ToArray());
        Assert.True(back.Succeeded, back.Failure?.ToString());

        // A workbook regroups running text onto its own sheet; tables and evaluations must agree exactly.
        Assert.Equal(ModelSnapshot.Of(model, narrative: false), ModelSnapshot.Of(back.Disclosure!, narrative: false));
        Assert.Equal(model.Narrative.Select(n => n.Text).Order(StringComparer.Ordinal), back.Disclosure!.Narrative.Select(n => n.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample_WrittenInAllFormats_ReadsBackWithEveryTable()
    {
        var sample = SampleDisclosure.Create();
        var dir = Directory.CreateTempSubdirectory("juesuan-sample-").FullName;
        try
        {
            foreach (var file in DisclosureFiles.WriteAll(sample, dir, "sample"))
            {
                var back = DisclosureReader.Read(file);
                Assert.True(back.Succeeded, back.Failure?.ToString());
                Assert.Equal(ModelSnapshot.Of(sample, narrative: false), ModelSnapshot.Of(back.Disclosure!, narrative: false));
                Assert.DoesNotContain(back.Disclosure!.Diagnostics, d => d.Severity != Juesuan.Domain.Diagnostics.Severity.Info);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertSame(Disclosure model, ReadResult back)
    {
        Assert.True(back.Succeeded, back.Failure?.ToString());
        Assert.Equal(ModelSnapshot.Of(model), ModelSnapshot.Of(back.Disclosure!));
    }
}
