using System.Net;
using System.Text.RegularExpressions;
using Juesuan.Documents.Inputs;

namespace Juesuan.Web.Tests.Work;

/// <summary>The signed-in pages: the desk, the annotated disclosure, the reviewer's dashboard, forms with antiforgery.</summary>
public partial class WorkPagesTests(JuesuanFactory factory) : IClassFixture<JuesuanFactory>
{
    [Fact]
    public async Task Disclosure_WithDefects_FlagsTheCellAndTheSentence()
    {
        var id = await WebClients.IdOfAsync(factory, "103001", 2024); // returned, with a wrong rate and a broken item line
        var html = await (await WebClients.ForAsync(factory, "reviewer@demo.juesuan")).GetStringAsync($"/work/disclosures/{id}");
        Assert.Matches(FlaggedCell(), html);
        Assert.Matches(FlaggedParagraph(), html);
        Assert.Contains("请核对情况说明中的完成率和占位符", html, StringComparison.Ordinal); // the reviewer's comment
        Assert.Contains("id=\"trail\"", html, StringComparison.Ordinal);
        Assert.Matches(@"核对通过 [1-9]\d* 项", html);
    }

    [Fact]
    public async Task Template_Preparer_GetsTheInputWorkbookOfTheYear()
    {
        var client = await WebClients.ForAsync(factory, "102001@demo.juesuan");
        using var response = await client.GetAsync("/work?handler=Template&year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(Directory.CreateTempSubdirectory("juesuan-template-").FullName, "t.xlsx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        Assert.True(InputWorkbookReader.IsInputWorkbook(path));
    }

    [Fact]
    public async Task Forms_PostWithoutToken_AreRefused()
    {
        var client = await WebClients.ForAsync(factory, "reviewer@demo.juesuan");
        client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var id = await WebClients.IdOfAsync(factory, "103001", 2024);
        var before = await WebClients.StatusOfAsync(factory, id);
        using var response = await client.PostAsync($"/work/disclosures/{id}?handler=Return", new FormUrlEncodedContent([new("comment", "伪造的请求")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await WebClients.StatusOfAsync(factory, id));
    }

    [Fact]
    public async Task Forms_ApproveWithToken_MovesTheDisclosure()
    {
        var client = await WebClients.ForAsync(factory, "admin@demo.juesuan");
        var id = await WebClients.IdOfAsync(factory, "106001", 2024);
        var page = await client.GetStringAsync($"/work/disclosures/{id}");
        var token = Token().Match(page).Groups[1].Value;
        using var response = await client.PostAsync($"/work/disclosures/{id}?handler=Approve", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("comment", "同意")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Juesuan.Data.Entities.DisclosureStatus.Approved, await WebClients.StatusOfAsync(factory, id));
        Assert.Contains("审核通过", await client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_League_PutsDepartmentsWithErrorsFirst()
    {
        var html = await (await WebClients.ForAsync(factory, "reviewer@demo.juesuan")).GetStringAsync("/review?year=2024");
        var league = html[html.IndexOf("id=\"league\"", StringComparison.Ordinal)..];
        var errors = ErrorCells().Matches(league).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(errors[0] > 0);
        Assert.Equal(errors.OrderDescending(), errors);
    }

    [Fact]
    public async Task Admin_CreatesAPreparer_WhoCanSignInToTheirDepartment()
    {
        var admin = await WebClients.ForAsync(factory, "admin@demo.juesuan");
        var page = await admin.GetStringAsync("/admin/users");
        var department = DepartmentOption().Match(page).Groups[1].Value;
        using var response = await admin.PostAsync("/admin/users?handler=Create", new FormUrlEncodedContent(
        [
            new("Email", "new.preparer@demo.juesuan"), new("DisplayName", "新填报人"), new("Role", "Preparer"),
            new("DepartmentId", department), new("Password", "Another-2025!"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已创建账户 new.preparer@demo.juesuan", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        var client = factory.CreateClient();
        using var login = await client.PostAsync("/api/account/login", System.Net.Http.Json.JsonContent.Create(new { email = "new.preparer@demo.juesuan", password = "Another-2025!" }));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Admin_WeakPassword_IsRefusedWithTheReason()
    {
        var admin = await WebClients.ForAsync(factory, "admin@demo.juesuan");
        using var response = await admin.PostAsync("/admin/users?handler=Create", new FormUrlEncodedContent(
            [new("Email", "weak@demo.juesuan"), new("Role", "Admin"), new("Password", "short")]));
        var page = await admin.GetStringAsync("/admin/users");
        Assert.Contains("未能创建 weak@demo.juesuan", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">weak@demo.juesuan<", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("""<option value="(\d+)">101001 """)]
    private static partial Regex DepartmentOption();

    [GeneratedRegex("""<td class="num flagged" title="[^"]+">[\d.,]+</td>""")]
    private static partial Regex FlaggedCell();

    [GeneratedRegex("""<div class="para flagged">\s*<p>[^<]*完成[^<]*</p>""")]
    private static partial Regex FlaggedParagraph();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex Token();

    [GeneratedRegex("""<td class="(?:errors)?">(\d+)</td><td class="(?:warnings)?">\d+</td><td>\d+</td>""")]
    private static partial Regex ErrorCells();
}
