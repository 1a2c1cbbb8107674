using System.Net.Http.Json;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Infrastructure;

/// <summary>The real app on a fresh SQLite database in a temporary data directory.</summary>
public class BriefingAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@briefing.test";
    public const string AdminPassword = "admin-password-123";
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N"));
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Briefing:SampleData"] = "false",
        ["Briefing:Admin:Email"] = AdminEmail,
        ["Briefing:Admin:Password"] = AdminPassword,
        ["Briefing:SignInRateLimit:PermitPerMinute"] = "1000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Briefing:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public async Task<string> CreateUserAsync(string email, string role, string password)
    {
        var result = await Services.GetRequiredService<UserAdminService>().CreateAsync(email, role, password, CurrentUser.System);
        Assert.True(result.Succeeded, result.Error);
        return email;
    }

    public async Task<HttpClient> ClientWithTokenAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/tokens", new { email, password, name = "test" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", body!.Token);
        return client;
    }

    private sealed record TokenResponse(string Token, DateTime? Expires);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }
}
