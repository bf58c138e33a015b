using System.Text.Encodings.Web;
using System.Text.Unicode;
using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Accounts;
using Juesuan.Web.Checking;
using Juesuan.Web.Demo;
using Juesuan.Web.Disclosures;
using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace Juesuan.Web;

/// <summary>
/// Composes the web application: services, middleware and the feature endpoint groups. Kept
/// apart from Program.cs so that <c>juesuan serve</c> and the tests start the same app.
/// Configuration: <c>Juesuan:Data</c> (folder of the SQLite database, default ./juesuan-data),
/// <c>Juesuan:Database</c> (sqlite or postgres), <c>ConnectionStrings:Juesuan</c> (for
/// postgres), <c>Juesuan:Demo</c> (fill an empty database with the demo, default true).
/// </summary>
public static class JuesuanWeb
{
    /// <summary>Largest upload accepted, in bytes (a disclosure PDF is a few MB).</summary>
    public const long MaxUpload = 50L * 1024 * 1024;

    /// <summary>Builds the app from command-line arguments (--urls and configuration keys).</summary>
    public static WebApplication Build(string[] args)
    {
        // Started from juesuan serve the entry assembly is the CLI; pages and views are found
        // from the application's name, so it names this assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(JuesuanWeb).Assembly.GetName().Name });
        var config = builder.Configuration;
        // EF Core logs every SQL command at Information: only its warnings are worth a console line.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // A port in use is the user's to fix: juesuan serve says so in one line, without the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Chinese text is written as itself, not as &#x…; escapes.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddAntiforgery(o => o.HeaderName = "X-XSRF-TOKEN");
        builder.Services.AddSingleton(new Juesuan.Rules.Checking.Checker());
        builder.Services.AddSingleton<DisclosureIntake>();
        builder.Services.AddScoped<PublicCatalog>();
        builder.Services.AddScoped<PortalSearch>();
        builder.Services.AddScoped<DisclosureWorkflow>();
        builder.Services.AddScoped<PortalCache>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOutputCache(PortalCache.Configure);
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Work");
            o.Conventions.AuthorizeFolder("/Review", Policies.Reviewing);
            o.Conventions.AuthorizeFolder("/Audit", Policies.Reviewing);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
        });
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<DocumentFiles>();
        builder.Services.AddSingleton<PublicationSignal>();
        builder.Services.AddJuesuanDb(config["Juesuan:Database"] ?? "sqlite", ConnectionString(config));
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(c => c.ApplicationCookie?.Configure(ApiCookies.Configure));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Preparer, p => p.RequireRole(Policies.Preparer))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(Policies.Reviewer))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.Admin))
            .AddPolicy(Policies.Reviewing, p => p.RequireRole(Policies.Reviewer, Policies.Admin));
        builder.Services.AddIdentityCore<JuesuanUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JuesuanDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxUpload + (1024 * 1024));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();
        app.MapOpenApi();
        app.MapCheckApi();
        app.MapDisclosuresApi();
        app.MapWorkflowApi();
        app.MapAccountApi();
        app.MapDocumentEndpoints();
        app.MapAssets();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Applies the migrations and, unless turned off, fills an empty database with the demo.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<JuesuanDb>().Database.MigrateAsync();
        if (app.Configuration.GetValue("Juesuan:Demo", true))
        {
            await DemoData.SeedAsync(scope.ServiceProvider);
        }
    }

    private static string ConnectionString(IConfiguration config)
    {
        if (config.GetConnectionString("Juesuan") is { Length: > 0 } given)
        {
            return given;
        }

        var folder = Path.GetFullPath(config["Juesuan:Data"] ?? "juesuan-data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "juesuan.db")}";
    }
}
