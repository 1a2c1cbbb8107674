using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Briefing.Web.Data;

// Used only by `dotnet ef` so that each provider's migrations are generated without starting the app.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBriefingDbContext>
{
    public SqliteBriefingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteBriefingDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=design.db");
        return new SqliteBriefingDbContext(options.Options);
    }
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBriefingDbContext>
{
    public PostgresBriefingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresBriefingDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, "Host=localhost;Database=briefing_design");
        return new PostgresBriefingDbContext(options.Options);
    }
}
