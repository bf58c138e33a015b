using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Microsoft.Playwright;

namespace Juesuan.Web.BrowserTests;

/// <summary>
/// The whole life of a disclosure in a real browser: a preparer uploads a file with a slip and
/// sees it flagged, fixes and submits; the reviewer returns it with a comment; the preparer
/// fixes and submits again; the reviewer approves and publishes; the public opens the page and
/// the charts draw. Screenshots of every step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowBrowserTests(BrowserFixture browser)
{
    private const string Preparer = "102001@demo.juesuan";
    private const string Reviewer = "reviewer@demo.juesuan";
    private const int Year = 2025;

    [Fact]
    public async Task Lifecycle_UploadFindingsSubmitReturnFixApprovePublish_EndsOnThePublicPageWithCharts()
    {
        var files = Directory.CreateTempSubdirectory("juesuan-upload-").FullName;
        var defective = Write(files, "教育局2025年度部门决算（初稿）.docx", DefectInjector.Inject(SampleDisclosure.Create(Year), DefectKind.TextRate, 7)!.Value.Document);
        var fixedFile = Write(files, "教育局2025年度部门决算.docx", SampleDisclosure.Create(Year));
        var page = await browser.NewPageAsync();

        // The preparer uploads a file with a wrong completion rate: the sentence is flagged.
        await BrowserFixture.LoginAsync(page, Preparer);
        await page.SetInputFilesAsync("input[type=file][name=file]", defective);
        await page.ClickAsync("button:has-text('上传并审核')");
        await page.WaitForURLAsync("**/work/disclosures/*");
        var url = page.Url;
        await Expect(page.Locator("#flash")).ToContainTextAsync("已上传版本 1");
        var flagged = page.Locator(".para.flagged").Filter(new LocatorFilterOptions { HasText = "TX-RATE" });
        await Expect(flagged).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "01-findings");
        await flagged.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, -300)");
        await browser.ScreenshotAsync(page, "01-findings-beside-the-sentence", fullPage: false);

        // Submitting with an error needs a note; the preparer fixes the file instead.
        await page.ClickAsync("#submit");
        await Expect(page.Locator("#flash")).ToContainTextAsync("仍有");
        await UploadAsync(page, fixedFile);
        await Expect(page.Locator("#tally")).ToContainTextAsync("0 个错误");
        await page.ClickAsync("#submit");
        await Expect(page.Locator("#status")).ToHaveTextAsync("提交审核");
        await browser.ScreenshotAsync(page, "02-submitted");
        await BrowserFixture.LogoutAsync(page);

        // The reviewer finds it in the queue and returns it with a comment.
        await BrowserFixture.LoginAsync(page, Reviewer);
        await page.GotoAsync("/review");
        await browser.ScreenshotAsync(page, "03-review-dashboard");
        await page.Locator("#queue tr").Filter(new LocatorFilterOptions { HasText = "示例县教育局" }).Locator("a:has-text('审核')").ClickAsync();
        await page.FillAsync("textarea[name=comment]", "请补充“三公”经费增减变化的原因。");
        await page.FillAsync("input[name=location]", "第三部分 七");
        await page.ClickAsync("#return");
        await Expect(page.Locator("#status")).ToHaveTextAsync("退回修改");
        await Expect(page.Locator("#comments")).ToContainTextAsync("（第三部分 七）");
        await browser.ScreenshotAsync(page, "04-returned-with-comment");
        await BrowserFixture.LogoutAsync(page);

        // The preparer sees the comment, uploads the revised file and submits again.
        await BrowserFixture.LoginAsync(page, Preparer);
        await page.GotoAsync(url);
        await Expect(page.Locator("#comments")).ToContainTextAsync("三公");
        await UploadAsync(page, fixedFile);
        await page.ClickAsync("#submit");
        await Expect(page.Locator("#status")).ToHaveTextAsync("提交审核");
        await BrowserFixture.LogoutAsync(page);

        // The reviewer approves and publishes.
        await BrowserFixture.LoginAsync(page, Reviewer);
        await page.GotoAsync(url);
        await Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(3);
        await page.ClickAsync("#approve");
        await Expect(page.Locator("#status")).ToHaveTextAsync("审核通过");
        await page.ClickAsync("#publish");
        await Expect(page.Locator("#status")).ToHaveTextAsync("公开");
        await Expect(page.Locator("#trail")).ToContainTextAsync("publish");
        await browser.ScreenshotAsync(page, "05-published");
        await BrowserFixture.LogoutAsync(page);

        // The public finds it on the portal; the charts draw.
        var reader = await browser.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.Locator("tr").Filter(new LocatorFilterOptions { HasText = "示例县教育局" }).Locator($"td:nth-child(2) a").ClickAsync();
        await Expect(reader.Locator("h1")).ToContainTextAsync($"示例县教育局 {Year} 年度部门决算");
        await Expect(reader.Locator("#chart-classes[data-rendered=true] canvas")).ToBeVisibleAsync();
        await Expect(reader.Locator("#chart-three[data-rendered=true] canvas")).ToBeVisibleAsync();
        await Expect(reader.Locator("#downloads a")).ToHaveCountAsync(5);
        await browser.ScreenshotAsync(reader, "06-public-page-with-charts");
    }

    [Fact]
    public async Task Summary_Portal_DrawsTheCountyCharts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/summary?year=2023");
        await Expect(page.Locator("#summary tbody tr")).ToHaveCountAsync(7); // six departments and the total
        await Expect(page.Locator("#chart-departments[data-rendered=true] canvas")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "07-county-summary");
    }

    [Fact]
    public async Task Bulk_ReviewerChecksManyFiles_ShowsProgressAndSortedResults()
    {
        var files = Directory.CreateTempSubdirectory("juesuan-bulk-").FullName;
        var paths = new[]
        {
            Write(files, "甲.docx", SampleDisclosure.Create(2024)),
            Write(files, "乙.docx", DefectInjector.Inject(SampleDisclosure.Create(2024), DefectKind.ItemLine, 3)!.Value.Document),
            Path.Combine(files, "丙.txt"),
        };
        await File.WriteAllTextAsync(paths[2], "会议纪要：下周三召开工作例会。");
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, Reviewer);
        await page.GotoAsync("/review/bulk");
        await page.SetInputFilesAsync("#files", paths);
        await page.ClickAsync("#start");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("完成：3 个文件");
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#results tbody tr").First).ToContainTextAsync("乙.docx"); // most errors first
        await Expect(page.Locator("#results tbody tr").Filter(new LocatorFilterOptions { HasText = "丙.txt" })).ToContainTextAsync("没有找到部门决算");
        await browser.ScreenshotAsync(page, "08-bulk-audit");
    }

    private static async Task UploadAsync(IPage page, string file)
    {
        await page.SetInputFilesAsync("#actions input[type=file]", file);
        await page.ClickAsync("button:has-text('上传新版本')");
        await Expect(page.Locator("#flash")).ToContainTextAsync("已上传版本");
    }

    private static string Write(string folder, string name, Juesuan.Domain.Disclosures.Disclosure d)
    {
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        DisclosureFiles.WriteDocx(d, stream);
        return path;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
