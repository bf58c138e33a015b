using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Web.Demo;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>Clients signed in as demo users, uploads, and lookups in the demo database.</summary>
internal static class WebClients
{
    /// <summary>A client that keeps cookies and does not follow redirects, with an antiforgery token; signed in unless <paramref name="user"/> is null.</summary>
    public static async Task<HttpClient> ForAsync(JuesuanFactory factory, string? user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        if (user is not null)
        {
            using var login = await client.PostAsJsonAsync("/api/account/login", new { email = user, password = DemoData.Password });
            login.EnsureSuccessStatusCode();
        }

        using var token = JsonDocument.Parse(await client.GetStringAsync("/api/antiforgery"));
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token.RootElement.GetProperty("token").GetString());
        return client;
    }

    /// <summary>The generated sample disclosure of a year as .docx.</summary>
    public static byte[] SampleDocx(int year)
    {
        using var ms = new MemoryStream();
        DisclosureFiles.WriteDocx(SampleDisclosure.Create(year), ms);
        return ms.ToArray();
    }

    /// <summary>A multipart form with one file in the field <c>file</c>.</summary>
    public static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>The id of a department's disclosure of a year in the demo.</summary>
    public static async Task<int> IdOfAsync(JuesuanFactory factory, string departmentCode, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        return await db.Disclosures.Where(d => d.Department!.Code == departmentCode && d.Year == year).Select(d => d.Id).SingleAsync();
    }

    /// <summary>The stored state of a disclosure.</summary>
    public static async Task<DisclosureStatus> StatusOfAsync(JuesuanFactory factory, int id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        return await db.Disclosures.Where(d => d.Id == id).Select(d => d.Status).SingleAsync();
    }
}
