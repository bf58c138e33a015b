using System.Text.Encodings.Web;
using System.Text.Unicode;
using Juesuan.Web.Checking;
using Microsoft.Extensions.WebEncoders;

namespace Juesuan.Web;

/// <summary>
/// Composes the web application: services, middleware and the feature endpoint groups. Kept
/// apart from Program.cs so that <c>juesuan serve</c> and the tests start the same app.
/// </summary>
public static class JuesuanWeb
{
    /// <summary>Largest upload accepted, in bytes (a disclosure PDF is a few MB).</summary>
    public const long MaxUpload = 50L * 1024 * 1024;

    /// <summary>Builds the app from command-line arguments (--urls and configuration keys).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Chinese text is written as itself, not as &#x…; escapes.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddAntiforgery();
        builder.Services.AddSingleton(new Juesuan.Rules.Checking.Checker());
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxUpload + (1024 * 1024));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapCheckApi();
        return app;
    }
}
