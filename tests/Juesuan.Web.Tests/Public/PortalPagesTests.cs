using System.Net;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests.Public;

/// <summary>The portal on the embedded SQLite store.</summary>
public sealed class SqlitePortalPagesTests(JuesuanFactory factory) : PortalPagesTests(factory), IClassFixture<JuesuanFactory>;

/// <summary>The portal on PostgreSQL (search runs in the database).</summary>
public sealed class PostgresPortalPagesTests(PostgresJuesuanFactory factory) : PortalPagesTests(factory), IClassFixture<PostgresJuesuanFactory>;

/// <summary>The public portal: the departments × years page and a published disclosure's page and files.</summary>
public abstract class PortalPagesTests(JuesuanFactory factory)
{
    [Fact]
    public async Task Index_Anonymous_ListsDepartmentsAndYearsInChinese()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("示例县教育局", html, StringComparison.Ordinal);
        Assert.Contains("2024 年度", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Published_Is200WithFindingsAndDownloads()
    {
        var id = await IdOf(DisclosureStatus.Published);
        var client = factory.CreateClient();
        var html = await client.GetStringAsync($"/disclosures/{id}");
        Assert.Contains("年度部门决算", html, StringComparison.Ordinal);
        Assert.Contains($"/disclosures/{id}/download/json", html, StringComparison.Ordinal);
        using var model = await client.GetAsync($"/disclosures/{id}/model.json");
        Assert.Equal(HttpStatusCode.OK, model.StatusCode);
        using var doc = await client.GetAsync($"/disclosures/{id}/document");
        Assert.Contains("公开01表", await doc.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisclosureStatus.Draft)]
    [InlineData(DisclosureStatus.Submitted)]
    [InlineData(DisclosureStatus.Returned)]
    public async Task Show_NotPublished_Is404(DisclosureStatus status)
    {
        var id = await IdOf(status);
        var client = factory.CreateClient();
        foreach (var path in new[] { $"/disclosures/{id}", $"/disclosures/{id}/document", $"/disclosures/{id}/file", $"/disclosures/{id}/model.json" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("docx", "PK")]
    [InlineData("xlsx", "PK")]
    [InlineData("pdf", "%PDF")]
    [InlineData("json", "{")]
    public async Task Download_Published_GivesTheFormat(string format, string magic)
    {
        var id = await IdOf(DisclosureStatus.Published);
        using var response = await factory.CreateClient().GetAsync($"/disclosures/{id}/download/{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length));
        Assert.EndsWith($"年度部门决算.{format}", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_UnknownFormat_Is404Problem()
    {
        var id = await IdOf(DisclosureStatus.Published);
        using var response = await factory.CreateClient().GetAsync($"/disclosures/{id}/download/doc");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("docx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Published_CarriesThreeChartsAndTheScript()
    {
        var id = await IdOf(DisclosureStatus.Published);
        var client = factory.CreateClient();
        var html = await client.GetStringAsync($"/disclosures/{id}");
        foreach (var chart in new[] { "chart-classes", "chart-basic", "chart-three" })
        {
            Assert.Contains($"id=\"{chart}\" data-option=", html, StringComparison.Ordinal);
        }

        Assert.Contains(Juesuan.Web.Public.Assets.EChartsPath, html, StringComparison.Ordinal);
        using var script = await client.GetAsync(Juesuan.Web.Public.Assets.EChartsPath);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 500_000);
    }

    [Fact]
    public async Task Summary_Year_TotalsTheDepartments()
    {
        var html = await factory.CreateClient().GetStringAsync("/summary?year=2023");
        Assert.Contains("2023 年度部门决算汇总", html, StringComparison.Ordinal);
        Assert.Contains("汇总 6 个已公开部门", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-departments\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_TwoYearsOfADepartment_ShowsChange()
    {
        var a = await IdOf("101001", 2023);
        var b = await IdOf("101001", 2024);
        var html = await factory.CreateClient().GetStringAsync($"/compare?a={a}&b={b}");
        Assert.Contains("id=\"comparison\"", html, StringComparison.Ordinal);
        Assert.Contains("本年支出合计", html, StringComparison.Ordinal);
        Assert.Matches(@"-?\d+\.\d\d%", html);
    }

    [Fact]
    public async Task Search_WordOfTheText_FindsPublishedOnly()
    {
        var html = await factory.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("公务接待费"));
        Assert.Contains("“公务接待费”：8 份决算", html, StringComparison.Ordinal);
        var none = await factory.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("不存在的词语"));
        Assert.Contains("：0 份决算", none, StringComparison.Ordinal);
    }

    private Task<int> IdOf(string department, int year) => WebClients.IdOfAsync(factory, department, year);

    private async Task<int> IdOf(DisclosureStatus status)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        return await db.Disclosures.Where(d => d.Status == status).Select(d => d.Id).FirstAsync();
    }
}
