using Briefing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers one context factory for the configured provider; every operation opens its own context.</summary>
    public static IServiceCollection AddBriefingData(this IServiceCollection services, ResolvedSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<PostgresBriefingDbContext>(o => ConfigurePostgres(o, settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<BriefingDbContext>, ProviderContextFactory<PostgresBriefingDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqliteBriefingDbContext>(o => ConfigureSqlite(o, settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<BriefingDbContext>, ProviderContextFactory<SqliteBriefingDbContext>>();
        }
        // Identity's stores need a scoped context; it comes from the same factory and lives for one request.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BriefingDbContext>>().CreateDbContext());
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.CommandTimeout(120)).AddInterceptors(SqlitePragmas.Instance);

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.CommandTimeout(120));

    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<BriefingDbContext>
        where TContext : BriefingDbContext
    {
        public BriefingDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
