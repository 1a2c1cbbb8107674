using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Data;

public class MigrationsTests
{
    // Fails when the model changed and nobody added a migration for that provider.
    [Fact]
    public void Sqlite_has_no_pending_model_changes()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add NAME --context SqliteBriefingDbContext ...");
    }

    [Fact]
    public void Postgres_has_no_pending_model_changes()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: dotnet ef migrations add NAME --context PostgresBriefingDbContext ...");
    }
}
