using Briefing.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Bench;

/// <summary>A migrated SQLite database in a temporary file, like the app's, for one benchmark run.</summary>
public sealed class BenchDatabase : IDbContextFactory<BriefingDbContext>, IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefing-bench-{Guid.NewGuid():N}.db");
    public string ConnectionString => $"Data Source={Path}";
    private readonly DbContextOptions<SqliteBriefingDbContext> options;

    public BenchDatabase()
    {
        var builder = new DbContextOptionsBuilder<SqliteBriefingDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(builder, ConnectionString);
        options = builder.Options;
        using var db = CreateDbContext();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        db.Database.Migrate();
        SeedData.SeedTopicsAsync(db, DateTime.UtcNow, CancellationToken.None).GetAwaiter().GetResult();
        Briefing.Web.Features.Events.ActorGazetteer.SeedAsync(db, DateTime.UtcNow, CancellationToken.None).GetAwaiter().GetResult();
    }

    public BriefingDbContext CreateDbContext() => new SqliteBriefingDbContext(options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
