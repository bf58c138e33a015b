using System.Net;
using System.Net.Http.Json;
using Juesuan.Data.Entities;

namespace Juesuan.Web.Tests.Accounts;

/// <summary>
/// Every endpoint and page against every role: anonymous, the preparer who owns the disclosure,
/// another department's preparer, the region's reviewer, the administrator. Steps are tried in a
/// state that refuses them even when allowed (409), so the matrix changes nothing.
/// </summary>
public class RoleMatrixTests(JuesuanFactory factory) : IClassFixture<JuesuanFactory>
{
    private const string Anonymous = "anonymous";
    private const string Owner = "106001@demo.juesuan";   // 民政局: its 2024 disclosure is submitted
    private const string Other = "105001@demo.juesuan";   // 农业农村局: its 2024 disclosure is a draft
    private const string Reviewer = "reviewer@demo.juesuan";
    private const string Admin = "admin@demo.juesuan";

    private static readonly string[] Roles = [Anonymous, Owner, Other, Reviewer, Admin];

    /// <summary>Method, path ({submitted} = 106001's 2024, {draft} = 105001's 2024, {published} = 101001's 2024), expected status per role in <see cref="Roles"/> order.</summary>
    public static TheoryData<string, string, int[]> Matrix => new()
    {
        { "GET", "/", [200, 200, 200, 200, 200] },
        { "GET", "/summary", [200, 200, 200, 200, 200] },
        { "GET", "/compare", [200, 200, 200, 200, 200] },
        { "GET", "/search?q=2024", [200, 200, 200, 200, 200] },
        { "GET", "/account/login", [200, 200, 200, 200, 200] },
        { "GET", "/disclosures/{published}", [200, 200, 200, 200, 200] },
        { "GET", "/disclosures/{published}/download/json", [200, 200, 200, 200, 200] },
        { "GET", "/disclosures/{submitted}", [404, 404, 404, 404, 404] },
        { "GET", "/disclosures/{submitted}/file", [404, 404, 404, 404, 404] },
        { "GET", "/api/disclosures", [200, 200, 200, 200, 200] },
        { "GET", "/openapi/v1.json", [200, 200, 200, 200, 200] },
        { "GET", "/work", [302, 200, 200, 200, 200] },
        { "GET", "/work/disclosures/{submitted}", [302, 200, 404, 200, 200] },
        { "GET", "/work/disclosures/{submitted}?handler=File&v=1", [302, 200, 404, 200, 200] },
        { "GET", "/review", [302, 302, 302, 200, 200] },
        { "GET", "/review/bulk", [302, 302, 302, 200, 200] },
        { "GET", "/audit", [302, 302, 302, 200, 200] },
        { "GET", "/admin/users", [302, 302, 302, 302, 200] },
        { "POST", "/admin/users?handler=Unlock", [302, 302, 302, 302, 404] },
        { "GET", "/api/disclosures/{submitted}", [401, 200, 404, 200, 200] },
        { "GET", "/api/disclosures/{submitted}/versions/1/check", [401, 200, 404, 200, 200] },
        { "POST", "/api/disclosures", [401, 422, 422, 403, 403] },
        { "POST", "/api/disclosures/{submitted}/submit", [401, 409, 404, 403, 403] },
        { "POST", "/api/disclosures/{draft}/return", [401, 404, 403, 409, 409] },
        { "POST", "/api/disclosures/{draft}/approve", [401, 404, 403, 409, 409] },
        { "POST", "/api/disclosures/{submitted}/publish", [401, 403, 404, 409, 409] },
        { "POST", "/api/account/logout", [401, 204, 204, 204, 204] },
        // The pages' forms run the same steps; a refusal comes back as a message on the page (302),
        // another department's disclosure as 404, and the state must not move.
        { "POST", "/work/disclosures/{submitted}?handler=Submit", [302, 302, 404, 302, 302] },
        { "POST", "/work/disclosures/{draft}?handler=Return", [302, 404, 302, 302, 302] },
        { "POST", "/work/disclosures/{draft}?handler=Approve", [302, 404, 302, 302, 302] },
        { "POST", "/work/disclosures/{submitted}?handler=Publish", [302, 302, 404, 302, 302] },
        { "POST", "/work/disclosures/{submitted}?handler=Upload", [302, 302, 404, 302, 302] },
        { "POST", "/work?handler=Upload", [302, 302, 302, 302, 302] },
        { "POST", "/admin/users?handler=Create", [302, 302, 302, 302, 302] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_EachRole_GetsItsStatus(string method, string path, int[] expected)
    {
        var resolved = path
            .Replace("{submitted}", (await WebClients.IdOfAsync(factory, "106001", 2024)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{draft}", (await WebClients.IdOfAsync(factory, "105001", 2024)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{published}", (await WebClients.IdOfAsync(factory, "101001", 2024)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var actual = new List<int>();
        foreach (var role in Roles)
        {
            using var client = await WebClients.ForAsync(factory, role == Anonymous ? null : role);
            using var request = new HttpRequestMessage(new HttpMethod(method), resolved)
            {
                Content = method == "POST" ? Body(resolved) : null,
            };
            using var response = await client.SendAsync(request);
            actual.Add((int)response.StatusCode);
        }

        Assert.Equal(expected, actual);
        Assert.Equal(DisclosureStatus.Submitted, await WebClients.StatusOfAsync(factory, await WebClients.IdOfAsync(factory, "106001", 2024)));
        Assert.Equal(DisclosureStatus.Draft, await WebClients.StatusOfAsync(factory, await WebClients.IdOfAsync(factory, "105001", 2024)));
    }

    private static HttpContent Body(string path) => path switch
    {
        "/api/disclosures" => WebClients.Upload("not a disclosure"u8.ToArray(), "junk.txt"),
        _ when path.StartsWith("/admin", StringComparison.Ordinal) => new FormUrlEncodedContent([new("user", "nobody@demo.juesuan"), new("Email", "x@demo.juesuan"), new("Role", "Preparer"), new("Password", "short")]),
        _ when path.StartsWith("/work", StringComparison.Ordinal) => new FormUrlEncodedContent([new("comment", "矩阵测试"), new("note", "矩阵测试")]),
        _ => JsonContent.Create(new { comment = "矩阵测试" }),
    };

    [Fact]
    public async Task Pages_Anonymous_RedirectToLoginWithReturnUrl()
    {
        using var client = await WebClients.ForAsync(factory, null);
        using var response = await client.GetAsync("/review");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Freview", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_PreparerOnReviewerPage_LandsOnDenied403()
    {
        using var client = await WebClients.ForAsync(factory, Owner);
        using var response = await client.GetAsync("/review");
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        using var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("无权访问", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
