using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Demo;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests.Disclosures;

/// <summary>The disclosures API on the demo database: the public list, uploads by role, the audit trail.</summary>
public class DisclosuresApiTests(JuesuanFactory factory) : IClassFixture<JuesuanFactory>
{
    [Fact]
    public async Task List_Anonymous_GivesThePublishedOnes()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/disclosures"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(8, items.Count); // 2023: all six; 2024: two
        Assert.All(items, i => Assert.Equal("Published", i.GetProperty("status").GetString()));
        Assert.Contains(items, i => i.GetProperty("department").GetString() == "示例县财政局" && i.GetProperty("year").GetInt32() == 2024);
    }

    [Fact]
    public async Task Create_Anonymous_Is401()
    {
        using var response = await factory.CreateClient().PostAsync("/api/disclosures", Upload(Sample(2025), "x.docx"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_Reviewer_Is403()
    {
        var client = await SignedIn("reviewer@demo.juesuan");
        using var response = await client.PostAsync("/api/disclosures", Upload(Sample(2025), "x.docx"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_Preparer_MakesADraftOfTheirDepartmentAndAudits()
    {
        var client = await SignedIn("102001@demo.juesuan");
        using var response = await client.PostAsync("/api/disclosures", Upload(Sample(2025), "教育局2025.docx"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("示例县教育局", created.RootElement.GetProperty("department").GetString());
        Assert.Equal(2025, created.RootElement.GetProperty("year").GetInt32());
        Assert.Equal(1, created.RootElement.GetProperty("version").GetInt32());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        var id = created.RootElement.GetProperty("id").GetInt32();
        var record = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        Assert.Equal(DisclosureStatus.Draft, record.Status);
        Assert.Equal("教育局2025.docx", Assert.Single(record.Versions).FileName);
        Assert.Contains(await db.AuditTrail.Where(a => a.DisclosureId == id).ToListAsync(), a => a.Action == "upload" && a.Actor == "102001@demo.juesuan");
    }

    [Fact]
    public async Task Create_YearAlreadyPublished_Is409()
    {
        var client = await SignedIn("101001@demo.juesuan");
        using var response = await client.PostAsync("/api/disclosures", Upload(Sample(2024), "x.docx"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/account/login", new { email = "103001@demo.juesuan", password = DemoData.Password })).EnsureSuccessStatusCode();
        using var response = await client.PostAsync("/api/disclosures", Upload(Sample(2025), "x.docx"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Is401ThenLocksOut()
    {
        var client = factory.CreateClient();
        HttpStatusCode last = 0;
        for (var i = 0; i < 5; i++)
        {
            using var r = await client.PostAsJsonAsync("/api/account/login", new { email = "104001@demo.juesuan", password = "wrong" });
            last = r.StatusCode;
            if (i == 0)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            }
        }

        using var locked = await client.PostAsJsonAsync("/api/account/login", new { email = "104001@demo.juesuan", password = DemoData.Password });
        Assert.Equal((HttpStatusCode)423, locked.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, last);
    }

    [Fact]
    public async Task AuditTrail_IsAppendOnly()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        var entry = await db.AuditTrail.FirstAsync();
        entry.Details = "changed";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private Task<HttpClient> SignedIn(string user) => WebClients.ForAsync(factory, user);

    private static byte[] Sample(int year) => WebClients.SampleDocx(year);

    private static MultipartFormDataContent Upload(byte[] bytes, string name) => WebClients.Upload(bytes, name);
}
