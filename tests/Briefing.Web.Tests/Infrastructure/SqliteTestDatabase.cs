using Briefing.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Infrastructure;

/// <summary>A real SQLite database in a temporary file, migrated, with a context factory like the app's.</summary>
public sealed class SqliteTestDatabase : IDbContextFactory<BriefingDbContext>, IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"briefing-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<SqliteBriefingDbContext> options;

    private SqliteTestDatabase()
    {
        var builder = new DbContextOptionsBuilder<SqliteBriefingDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(builder, $"Data Source={path}");
        options = builder.Options;
    }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        await SeedData.SeedTopicsAsync(db, DateTime.UtcNow, CancellationToken.None);
        await Briefing.Web.Features.Events.ActorGazetteer.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        return database;
    }

    public BriefingDbContext CreateDbContext() => new SqliteBriefingDbContext(options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return ValueTask.CompletedTask;
    }
}
