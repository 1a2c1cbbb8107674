using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster started from Debian's postgresql binaries for this test run and stopped after it.
/// The server refuses to run as root, so it runs as the postgres user when the tests run as root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string directory = Path.Combine("/tmp", $"briefing-pg-{Guid.NewGuid():N}");
    private int port;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=false";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory}); run scripts/test.sh, which installs it.");
        port = FreePort();
        Directory.CreateDirectory(directory);
        await RunAsync("chown", $"postgres:postgres {directory}", asPostgres: false);
        await RunAsync(Path.Combine(BinDirectory, "initdb"), $"-D {directory}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asPostgres: true);
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
            $"-D {directory}/data -l {directory}/log -o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off\" -w start", asPostgres: true);
    }

    /// <summary>A new, migrated database for one test.</summary>
    public async Task<IDbContextFactory<BriefingDbContext>> CreateDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        var options = new DbContextOptionsBuilder<PostgresBriefingDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, ConnectionString(name));
        var factory = new Factory(options.Options);
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync();
        await SeedData.SeedTopicsAsync(db, DateTime.UtcNow, CancellationToken.None);
        await Briefing.Web.Features.Events.ActorGazetteer.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        return factory;
    }

    private sealed class Factory(DbContextOptions<PostgresBriefingDbContext> options) : IDbContextFactory<BriefingDbContext>
    {
        public BriefingDbContext CreateDbContext() => new PostgresBriefingDbContext(options);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), $"-D {directory}/data -m immediate -w stop", asPostgres: true);
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres)
    {
        var isRoot = Environment.UserName == "root";
        var start = asPostgres && isRoot
            ? new ProcessStartInfo("su", ["postgres", "-s", "/bin/sh", "-c", $"{file} {arguments}"])
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/tmp";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output} {await error}");
    }
}
