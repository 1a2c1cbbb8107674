using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.E2E.Infrastructure;

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port, on a fresh SQLite data directory.</summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "briefing-e2e", Guid.NewGuid().ToString("N"));
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Briefing:SampleData"] = "false",
        ["Briefing:SignInRateLimit:PermitPerMinute"] = "1000",
    };

    public string BaseUrl { get; private set; } = "";

    public KestrelApp Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the framework does not map _content/ and _framework/ files from the build output by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Briefing:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
