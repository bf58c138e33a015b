using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Juesuan.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Juesuan.Web.Tests.Checking;

/// <summary>The <c>POST /api/check</c> contract: the CLI's JSON, anonymous, nothing stored.</summary>
public class CheckApiTests(JuesuanFactory factory) : IClassFixture<JuesuanFactory>
{
    [Theory]
    [InlineData("001")]
    [InlineData("003")]
    public async Task Check_Seed_ReturnsTheSameJsonAsTheCli(string seed)
    {
        var path = TestPaths.Seed(seed);
        var name = Path.GetFileName(path);
        using var response = await factory.CreateClient().PostAsync("/api/check", Upload(File.ReadAllBytes(path), name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync();

        var stdout = new StringWriter();
        Cli.JuesuanCommand.Run(["check", path, "--format", "json"], stdout, new StringWriter());
        var cli = stdout.ToString().Replace(JsonEncodedText.Encode(path).ToString(), name, StringComparison.Ordinal);
        Assert.Equal(Normalize(cli), Normalize(api));
    }

    [Fact]
    public async Task Check_NoFile_IsProblemDetails400()
    {
        using var response = await factory.CreateClient().PostAsync("/api/check", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("没有上传文件", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Check_NotAForm_IsProblemDetails415()
    {
        using var response = await factory.CreateClient().PostAsync("/api/check", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Check_UnreadableFile_Is422WithTheErrorInTheJson()
    {
        using var response = await factory.CreateClient().PostAsync("/api/check", Upload("not a pdf"u8.ToArray(), "broken.pdf"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("broken.pdf", document.GetProperty("path").GetString());
        Assert.StartsWith("JS", document.GetProperty("error").GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheCheckEndpoint()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/check", out var check));
        Assert.True(check.TryGetProperty("post", out _));
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>The JSON re-serialised, so that indentation and escaping do not count.</summary>
    private static string Normalize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(doc.RootElement);
    }
}
