using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Documents.Inputs;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests.Workflow;

/// <summary>The workflow on the embedded SQLite store.</summary>
public sealed class SqliteWorkflowTests(JuesuanFactory factory) : WorkflowTests(factory), IClassFixture<JuesuanFactory>;

/// <summary>The workflow on PostgreSQL.</summary>
public sealed class PostgresWorkflowTests(PostgresJuesuanFactory factory) : WorkflowTests(factory), IClassFixture<PostgresJuesuanFactory>;

/// <summary>The life of a disclosure through the API: upload, findings, fix, submit, return, approve, publish.</summary>
public abstract class WorkflowTests(JuesuanFactory factory)
{
    private const string Preparer = "102001@demo.juesuan";
    private const string Reviewer = "reviewer@demo.juesuan";

    [Fact]
    public async Task Lifecycle_UploadFixReturnApprovePublish_KeepsEveryVersionAndTheTrail()
    {
        var preparer = await WebClients.ForAsync(factory, Preparer);
        var reviewer = await WebClients.ForAsync(factory, Reviewer);
        var anonymous = await WebClients.ForAsync(factory, null);
        Assert.DoesNotContain("2025 年度", await anonymous.GetStringAsync("/"), StringComparison.Ordinal); // now cached

        // A version with a wrong completion rate: found, and it cannot go to review without a note.
        var (id, errors) = await UploadAsync(preparer, Defective(2025));
        Assert.True(errors > 0);
        using (var refused = await preparer.PostAsJsonAsync($"/api/disclosures/{id}/submit", new { }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("仍有", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal((id, 0), await UploadAsync(preparer, WebClients.SampleDocx(2025)));
        await StepAsync(preparer, id, "submit", HttpStatusCode.OK);
        using (var locked = await preparer.PostAsync("/api/disclosures", WebClients.Upload(WebClients.SampleDocx(2025), "again.docx")))
        {
            Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        }

        await StepAsync(reviewer, id, "return", HttpStatusCode.UnprocessableEntity); // a return needs a comment
        await StepAsync(reviewer, id, "return", HttpStatusCode.OK, "请补充三公经费说明");
        Assert.Equal(DisclosureStatus.Returned, await WebClients.StatusOfAsync(factory, id));
        Assert.Equal((id, 0), await UploadAsync(preparer, WebClients.SampleDocx(2025)));
        await StepAsync(preparer, id, "submit", HttpStatusCode.OK);
        await StepAsync(reviewer, id, "publish", HttpStatusCode.Conflict); // not approved yet
        await StepAsync(reviewer, id, "approve", HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/disclosures/{id}")).StatusCode);
        await StepAsync(reviewer, id, "publish", HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/disclosures/{id}")).StatusCode);
        Assert.Contains("2025 年度", await anonymous.GetStringAsync("/"), StringComparison.Ordinal); // publishing evicted the cache
        using var detail = JsonDocument.Parse(await reviewer.GetStringAsync($"/api/disclosures/{id}"));
        Assert.Equal("Published", detail.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, detail.RootElement.GetProperty("versions").GetArrayLength());
        Assert.Contains(detail.RootElement.GetProperty("comments").EnumerateArray(), c => c.GetProperty("text").GetString() == "请补充三公经费说明");

        using var scope = factory.Services.CreateScope();
        var trail = await scope.ServiceProvider.GetRequiredService<JuesuanDb>().AuditTrail.Where(a => a.DisclosureId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["upload", "upload", "submit", "return", "upload", "submit", "approve", "publish"], trail);
    }

    [Fact]
    public async Task Upload_FilledInputWorkbook_IsComposedAndAudited()
    {
        var preparer = await WebClients.ForAsync(factory, "105001@demo.juesuan");
        using var ms = new MemoryStream();
        InputWorkbookWriter.Write(2024, ms, SampleDisclosure.Create(), SampleInputs.Create());
        using var response = await preparer.PostAsync("/api/disclosures", WebClients.Upload(ms.ToArray(), "填报表.xlsx"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, created.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, created.RootElement.GetProperty("warnings").GetInt32());

        using var scope = factory.Services.CreateScope();
        var id = created.RootElement.GetProperty("id").GetInt32();
        var version = await scope.ServiceProvider.GetRequiredService<JuesuanDb>().Versions.SingleAsync(v => v.DisclosureId == id && v.Number == created.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("填报表.xlsx", version.FileName);
        Assert.Contains("情况说明", version.ModelJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_Unreadable_Is422NamingTheFile()
    {
        var preparer = await WebClients.ForAsync(factory, "104001@demo.juesuan");
        using var response = await preparer.PostAsync("/api/disclosures", WebClients.Upload([0x50, 0x4B, 0x03, 0x04, 0x00], "broken.docx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("broken.docx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FileNameLongerThanTheColumn_Is422()
    {
        var preparer = await WebClients.ForAsync(factory, "104001@demo.juesuan");
        using var response = await preparer.PostAsync("/api/disclosures", WebClients.Upload(WebClients.SampleDocx(2026), new string('决', 201) + ".docx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("文件名超过 200 个字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static byte[] Defective(int year)
    {
        var broken = DefectInjector.Inject(SampleDisclosure.Create(year), DefectKind.TextRate, 1)!.Value.Document;
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(broken, ms);
        return ms.ToArray();
    }

    private static async Task<(int Id, int Errors)> UploadAsync(HttpClient client, byte[] docx)
    {
        using var response = await client.PostAsync("/api/disclosures", WebClients.Upload(docx, "决算.docx"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("id").GetInt32(), json.RootElement.GetProperty("errors").GetInt32());
    }

    private static async Task StepAsync(HttpClient client, int id, string step, HttpStatusCode expected, string? comment = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/disclosures/{id}/{step}", new { comment });
        Assert.True(expected == response.StatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
