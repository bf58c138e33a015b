using Juesuan.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Juesuan.Web.BrowserTests;

/// <summary>
/// The real app on a free loopback port (Kestrel, a fresh SQLite database with the demo) and one
/// headless Debian Chromium driven by Playwright. The browser comes from the system
/// (scripts/install-browser.sh); set JUESUAN_CHROMIUM to use another. Screenshots go to
/// JUESUAN_SCREENSHOTS or the test output's screenshots folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string data = Directory.CreateTempSubdirectory("juesuan-browser-").FullName;
    private WebApplication? app;
    private IPlaywright? playwright;

    /// <summary>The app's address, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are saved.</summary>
    public string Screenshots { get; } = Environment.GetEnvironmentVariable("JUESUAN_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The app's services (to look things up in the database).</summary>
    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("JUESUAN_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"No browser at {chromium}: run scripts/install-browser.sh (Debian's chromium) or set JUESUAN_CHROMIUM.");
        }

        app = JuesuanWeb.Build(["--urls", "http://127.0.0.1:0", "--Juesuan:Data", data, "--Logging:LogLevel:Default", "Warning"]);
        await app.PrepareDatabaseAsync();
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A page in a fresh context (its own cookies), in Chinese, at a desktop size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot as NAME.png (the whole page, or what is in view) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>Signs in through the login form.</summary>
    public static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=Email]", user);
        await page.FillAsync("input[name=Password]", Demo.DemoData.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/work");
    }

    /// <summary>Signs out through the header's form.</summary>
    public static async Task LogoutAsync(IPage page)
    {
        await page.ClickAsync("header button:has-text('退出')");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }
}
