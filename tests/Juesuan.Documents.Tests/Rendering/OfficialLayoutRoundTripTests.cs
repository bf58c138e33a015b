using Juesuan.Documents.Reading;
using Juesuan.Documents.Writing;
using Juesuan.Documents.Writing.Official;
using Juesuan.Domain.Disclosures;
using Juesuan.Domain.Tables;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.Rendering;

/// <summary>
/// A seed's model written in the official layout (merged headers, 栏次, three-group 基本支出,
/// roles) reads back to the same tables and evaluations from .docx and .xlsx.
/// </summary>
public class OfficialLayoutRoundTripTests
{
    public static TheoryData<string> Seeds => new(["000", "001", "003", "004"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Docx_OfficialLayoutOfSeed_ReadsBackToSameTables(string seed)
    {
        var model = Juesuan.Documents.Tests.Seeds.SeedDocuments.Get(seed);
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(OfficialLayoutWriter.Write(model), ms);
        AssertSameTables(model, DisclosureReader.Read(seed + ".docx", ms.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Xlsx_OfficialLayoutOfSeed_ReadsBackToSameTables(string seed)
    {
        var model = Juesuan.Documents.Tests.Seeds.SeedDocuments.Get(seed);
        using var ms = new MemoryStream();
        DisclosureFiles.WriteXlsx(OfficialLayoutWriter.Write(model), ms);
        AssertSameTables(model, DisclosureReader.Read(seed + ".xlsx", ms.ToArray()));
    }

    /// <summary>
    /// The official layout labels every national table (公开NN表); otherwise the tables agree
    /// exactly. A PDF cannot tell a line break typed inside a cell from a wrapped line, so for
    /// PDF the texts are compared with line breaks inside cells removed.
    /// </summary>
    private static string Unwrap(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\n\s*", string.Empty);

    internal static void AssertSameTables(Disclosure model, ReadResult back, bool pdf = false)
    {
        Assert.True(back.Succeeded, back.Failure?.ToString());
        var labelled = model with
        {
            Tables = model.Tables.Select(t => t with { Label = t.Label ?? t.Kind.PublicLabel() }).ToList(),
        };
        Disclosure Flat(Disclosure d) => !pdf ? d : d with
        {
            Tables = d.Tables.Select(t => t with
            {
                Rows = t.Rows.Select(r => r with
                {
                    Name = Unwrap(r.Name),
                    Cells = r.Cells.Select(c => KeyValuePair.Create(c.Key, c.Value with { Text = Unwrap(c.Value.Text) })).ToList(),
                }).ToList(),
            }).ToList(),
        };
        string Snapshot(Disclosure d) => ModelSnapshot.Of(Flat(d), narrative: false);
        Assert.Equal(Snapshot(labelled), Snapshot(back.Disclosure!));
    }
}
