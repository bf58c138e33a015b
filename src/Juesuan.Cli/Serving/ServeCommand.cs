using System.CommandLine;
using Juesuan.Web;
using Juesuan.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Cli.Serving;

/// <summary>
/// <c>juesuan serve [--urls URL] [--data DIR]</c>: the web system on 127.0.0.1 with an embedded
/// SQLite database in DIR, filled with the demo on first start; prints the address and the demo
/// accounts, then serves until stopped (Ctrl+C).
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls") { Description = "监听地址", DefaultValueFactory = _ => DefaultUrls };
        var data = new Option<string>("--data") { Description = "数据文件夹（SQLite 数据库）", DefaultValueFactory = _ => "juesuan-data" };
        var command = new Command("serve", "启动 Web 系统（SQLite，首次启动生成示例县数据）") { urls, data };
        command.SetAction((r, cancel) => RunAsync(r.GetValue(urls)!, r.GetValue(data)!, stdout, stderr, cancel));
        return command;
    }

    public static async Task<int> RunAsync(string urls, string data, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        WebApplication app;
        try
        {
            Directory.CreateDirectory(data);
            // The command prints the address and accounts itself; the host's own start-up lines would repeat them.
            app = JuesuanWeb.Build(["--urls", urls, "--Juesuan:Data", Path.GetFullPath(data),
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning", "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Warning"]);
            await app.PrepareDatabaseAsync();
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            stderr.WriteLine($"juesuan: 无法启动 Web 系统：{e.Message}");
            return JuesuanCommand.InputFailure;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        stdout.WriteLine($"Juesuan 已启动：{string.Join(" ", addresses)}（数据：{Path.GetFullPath(data)}）");
        stdout.WriteLine($"示例账户（密码 {DemoData.Password}）：");
        foreach (var (user, _, what) in DemoData.Accounts)
        {
            stdout.WriteLine($"  {user,-24} {what}");
        }

        stdout.WriteLine("按 Ctrl+C 停止。");
        stdout.Flush();
        // Ctrl+C reaches us through the command line's token; SIGTERM (timeout, systemd, docker)
        // is taken by the host, which then stops the application.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        return JuesuanCommand.Ok;
    }
}
