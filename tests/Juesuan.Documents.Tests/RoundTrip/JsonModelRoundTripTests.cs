using System.Text;
using Juesuan.Documents.Json;
using Juesuan.Documents.Reading;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.RoundTrip;

/// <summary>The JSON model of <c>parse --format json</c> reads back to the same model, locations included.</summary>
public class JsonModelRoundTripTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var seed in TestPaths.Seeds)
        {
            data.Add(seed);
        }

        data.Add(TestPaths.CorpusPdf("shanghai-putuo-2024-shehuigongzuobu.pdf"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ReadModel_ParseJsonOfAFile_GivesTheSameModel(string path)
    {
        var original = DisclosureReader.Read(path);
        Assert.True(original.Succeeded, original.Failure?.ToString());
        var json = DisclosureJsonWriter.ToJson([original]);
        var back = DisclosureReader.Read(path + ".json", Encoding.UTF8.GetBytes(json));
        Assert.True(back.Succeeded, back.Failure?.ToString());
        Assert.Equal("json", back.Disclosure!.Format);
        Assert.Equal(ModelSnapshot.Of(original.Disclosure!), ModelSnapshot.Of(back.Disclosure));

        // Where things were printed survives too: lines for text, pages for PDF.
        var a = original.Disclosure!.Narrative.Select(n => (n.Location.Line, n.Location.Page));
        var b = back.Disclosure.Narrative.Select(n => (n.Location.Line, n.Location.Page));
        Assert.Equal(a, b);
        var cellsA = original.Disclosure.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => !c.Value.IsBlank).Select(c => c.Value.Location.Describe());
        var cellsB = back.Disclosure.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => !c.Value.IsBlank).Select(c => c.Value.Location.Describe());
        Assert.Equal(cellsA, cellsB);
    }

    [Fact]
    public void ReadModel_BrokenJson_IsAnInputFailureWithTheReason()
    {
        var back = DisclosureReader.Read("model.json", Encoding.UTF8.GetBytes("{\"documents\": [ {\"path\": "));
        Assert.False(back.Succeeded);
        Assert.Equal("JS0012", back.Failure!.Code);
        Assert.StartsWith("JSON 模型无法读取：", back.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadModel_SeveralDocuments_ReadsTheFirstWithAWarning()
    {
        var one = DisclosureReader.Read(TestPaths.Seed("000"));
        var two = DisclosureReader.Read(TestPaths.Seed("001"));
        var back = DisclosureReader.Read("two.json", Encoding.UTF8.GetBytes(DisclosureJsonWriter.ToJson([one, two])));
        Assert.True(back.Succeeded);
        Assert.Equal(one.Disclosure!.Department, back.Disclosure!.Department);
        Assert.Contains(back.Disclosure.Diagnostics, d => d.Code == "JS0013");
    }
}
