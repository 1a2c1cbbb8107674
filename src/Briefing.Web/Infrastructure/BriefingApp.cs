using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Briefing.Web.Components;
using Briefing.Web.Data;
using Briefing.Web.Features;
using Briefing.Web.Features.Auth;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace Briefing.Web.Infrastructure;

public static class BriefingApp
{
    public static readonly string[] Cultures = ["en-US", "he-IL"];

    public static void AddBriefing(this WebApplicationBuilder builder, ResolvedSettings settings)
    {
        var services = builder.Services;
        services.AddOptions<BriefingOptions>().Bind(builder.Configuration.GetSection(BriefingOptions.Section));
        services.AddSingleton(TimeProvider.System);
        // Without this, prerendered Hebrew comes out as &#x5D0; entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        services.AddBriefingData(settings);
        services.AddBriefingAuth();
        services.AddBriefingFeatures();

        services.AddTsvLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        var signInPermits = builder.Configuration.GetValue("Briefing:SignInRateLimit:PermitPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthEndpoints.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPermits, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (context, token) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many sign-in attempts", Detail = "Wait a minute and try again." },
                });
            };
        });
    }

    public static void UseBriefing(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);

        // API errors are problem+json; pages re-execute to the not-found page.
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });

        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures));
        app.UseRateLimiter();
        app.UseMiddleware<FirstRunRedirect>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapBriefingEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");
}
