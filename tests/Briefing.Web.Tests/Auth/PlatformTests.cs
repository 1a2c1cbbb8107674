using System.Net.Http.Json;
using System.Net;
using Briefing.Web.Infrastructure;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Briefing.Web.Tests.Auth;

public class PlatformTests
{
    [Fact]
    public async Task Assets_health_and_openapi_are_served_anonymously()
    {
        await using var app = new BriefingAppFactory();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        var css = await client.GetAsync("/assets/briefing.css", ct);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("[dir=\"rtl\"]", await css.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assets/logo.svg", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", ct)).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json", ct);
        Assert.Contains("/api/topics", openApi);
        Assert.Contains("/api/tokens", openApi);
    }

    [Fact]
    public async Task Without_any_user_pages_lead_to_the_one_time_setup()
    {
        await using var app = new BriefingAppFactory();
        app.Settings.Remove("Briefing:Admin:Email");
        app.Settings.Remove("Briefing:Admin:Password");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        var home = await client.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);
        var setup = await client.GetStringAsync("/setup", ct);
        Assert.Contains("data-testid=\"setup-form\"", setup);
    }

    [Fact]
    public async Task With_a_user_the_setup_page_is_gone_and_pages_require_sign_in()
    {
        await using var app = new BriefingAppFactory();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        var setup = await client.GetAsync("/setup", ct);
        Assert.Equal(HttpStatusCode.Redirect, setup.StatusCode);
        Assert.Equal("/", setup.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain("setup-form", await setup.Content.ReadAsStringAsync(ct));
        var home = await client.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/account/login", home.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Sign_in_is_rate_limited_with_429()
    {
        await using var app = new BriefingAppFactory();
        app.Settings["Briefing:SignInRateLimit:PermitPerMinute"] = "3";
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/api/tokens", JsonContent.Create(new { email = "x@y.z", password = "p" }), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("Briefing:Database:Provider", "Oracle")]
    [InlineData("Briefing:SampleData", "maybe")]
    [InlineData("Briefing:Import:MaxFileBytes", "-5")]
    [InlineData("Briefing:FirstDayOfWeek", "Funday")]
    public void Invalid_configuration_stops_start_up_naming_the_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var error = Assert.Throws<InvalidConfigurationException>(() => ResolvedSettings.Resolve(configuration, Path.GetTempPath()));
        Assert.Equal(key, error.Key);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Briefing:Database:Provider"] = "Postgres" }).Build();
        var error = Assert.Throws<InvalidConfigurationException>(() => ResolvedSettings.Resolve(configuration, Path.GetTempPath()));
        Assert.Equal("ConnectionStrings:Briefing", error.Key);
    }
}
