using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Web.Features.Auth;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Briefing.Web.Tests.Auth;

public class ApiAccessTests : IAsyncLifetime
{
    private readonly BriefingAppFactory app = new();

    public async ValueTask InitializeAsync() => await app.CreateUserAsync("staff@briefing.test", Roles.Staff, "staff-password-123");

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Wrong_password_gets_401_problem_json()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/tokens", new { email = BriefingAppFactory.AdminEmail, password = "not-the-password" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/users")]
    [InlineData("/api/audit")]
    public async Task Staff_token_on_admin_api_gets_403_problem_json(string path)
    {
        var staff = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
        var response = await staff.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_api_call_gets_401_not_a_redirect()
    {
        var response = await Anonymous().GetAsync("/api/topics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Admin_lists_users_with_roles_and_reads_the_audit_log()
    {
        var admin = await app.ClientWithTokenAsync(BriefingAppFactory.AdminEmail, BriefingAppFactory.AdminPassword);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users", TestContext.Current.CancellationToken);
        var staff = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == "staff@briefing.test");
        Assert.Equal("Staff", staff.GetProperty("role").GetString());
        Assert.False(staff.GetProperty("disabled").GetBoolean());

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?take=100", TestContext.Current.CancellationToken);
        Assert.True(audit.GetProperty("total").GetInt32() >= 2);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "user.create");
    }

    [Fact]
    public async Task Staff_reads_the_seeded_topics()
    {
        var staff = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
        var topics = await staff.GetFromJsonAsync<JsonElement>("/api/topics", TestContext.Current.CancellationToken);
        Assert.Equal(["israel-azerbaijan-us", "iran", "section-907"], topics.EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal("איראן", topics[1].GetProperty("nameHe").GetString());
    }

    [Fact]
    public async Task Revoked_token_no_longer_authenticates()
    {
        var staff = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
        var tokens = await staff.GetFromJsonAsync<JsonElement>("/api/tokens", TestContext.Current.CancellationToken);
        var id = tokens.EnumerateArray().Single().GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/tokens/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/topics", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_hashed()
    {
        var staff = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
        var token = staff.DefaultRequestHeaders.Authorization!.Parameter!;
        var db = app.Services.GetService(typeof(Microsoft.EntityFrameworkCore.IDbContextFactory<Briefing.Web.Data.BriefingDbContext>))
            as Microsoft.EntityFrameworkCore.IDbContextFactory<Briefing.Web.Data.BriefingDbContext>;
        await using var context = db!.CreateDbContext();
        var stored = context.ApiTokens.Single();
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(ApiTokenService.Hash(token), stored.TokenHash);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var client = Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/tokens", new { email = "staff@briefing.test", password = "wrong-password-xx" }, TestContext.Current.CancellationToken);
        var response = await client.PostAsJsonAsync("/api/tokens", new { email = "staff@briefing.test", password = "staff-password-123" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }
}
