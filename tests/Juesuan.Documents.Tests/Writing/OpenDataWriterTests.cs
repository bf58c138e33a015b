using System.Globalization;
using System.Text.Json;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Writing.OpenData;
using Juesuan.Domain.Tables;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.Writing;

public class OpenDataWriterTests
{
    [Fact]
    public void WriteCsv_Seed001_OneRowPerPrintedFigureWithItsDimensions()
    {
        var d = DisclosureReader.Read(TestPaths.Seed("001")).Disclosure!;
        var csv = new StringWriter();
        OpenDataWriter.WriteCsv(d, csv);
        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,department,table,section,classification,code,level,name,column,amount,unit", lines[0]);
        var figures = d.Tables.Where(t => t.Kind != TableKind.Other).SelectMany(t => t.Rows).SelectMany(r => r.Cells).Count(c => c.Value.Amount is not null);
        Assert.Equal(figures, lines.Length - 1);
        Assert.Contains("2024,中共株洲市渌口区委机构编制委员会办公室,支出决算表,,支出功能分类,2080505,项,机关事业单位基本养老保险缴费支出,本年支出合计,16.9,万元", lines);

        // The classes of the 支出决算表 add up as printed (235.80 against a total of 235.81).
        var classes = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[2] == "支出决算表" && f[6] == "类" && f[8] == "本年支出合计");
        Assert.Equal(235.80m, classes.Sum(f => decimal.Parse(f[9], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void WritePackage_DescriptorNamesEveryFieldAndTheMeasure()
    {
        var d = DisclosureReader.Read(TestPaths.Seed("004")).Disclosure!;
        var folder = Directory.CreateTempSubdirectory("juesuan-open-").FullName;
        try
        {
            var files = OpenDataWriter.WritePackage(d, folder);
            using var json = JsonDocument.Parse(File.ReadAllText(files[0]));
            var resource = json.RootElement.GetProperty("resources")[0];
            Assert.Equal("data.csv", resource.GetProperty("path").GetString());
            Assert.Equal(11, resource.GetProperty("schema").GetProperty("fields").GetArrayLength());
            Assert.Equal("CNY", resource.GetProperty("model").GetProperty("measures").GetProperty("amount").GetProperty("currency").GetString());
            Assert.True(File.ReadAllLines(files[1]).Length > 50);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
