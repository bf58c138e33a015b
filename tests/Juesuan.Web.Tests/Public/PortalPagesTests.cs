using System.Net;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests.Public;

/// <summary>The public portal: the departments × years page and a published disclosure's page and files.</summary>
public class PortalPagesTests(JuesuanFactory factory) : IClassFixture<JuesuanFactory>
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
        Assert.Contains($"/disclosures/{id}/model.json", html, StringComparison.Ordinal);
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

    private async Task<int> IdOf(DisclosureStatus status)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        return await db.Disclosures.Where(d => d.Status == status).Select(d => d.Id).FirstAsync();
    }
}
