using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;
using Briefing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Data;

/// <summary>Start-up work: migrations (SQLite only; Postgres via the migrate verb), WAL, roles, seed data, first admin.</summary>
public static class DatabaseInitializer
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ResolvedSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite)
            await MigrateAsync(app.Services);
        else
            await EnsureNoPendingMigrationsAsync(app.Services);
        await SeedAsync(app.Services);
        if (app.Services.GetRequiredService<IOptions<BriefingOptions>>().Value.SampleData)
            await Features.Ingestion.SampleData.ImportIfEmptyAsync(app.Services);
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<BriefingDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
            // WAL lets readers go on while an import writes; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            // A bulk import that ended without catching up (a crash, a kill) left articles out of the search index.
            await SearchIndexDeferral.CatchUpAsync(db, cancellationToken);
    }

    /// <summary>CLI verbs other than migrate bring an embedded SQLite database up to date first, as the server does.</summary>
    public static async Task MigrateIfSqliteAsync(IServiceProvider services)
    {
        if (services.GetRequiredService<ResolvedSettings>().Provider == DatabaseProvider.Sqlite)
            await MigrateAsync(services);
        await SeedAsync(services);
    }

    private static async Task EnsureNoPendingMigrationsAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<BriefingDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
            throw new InvalidOperationException(
                $"The PostgreSQL database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}); run the 'migrate' verb first.");
    }

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));

        var clock = provider.GetRequiredService<TimeProvider>();
        var factory = provider.GetRequiredService<IDbContextFactory<BriefingDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await SeedData.SeedTopicsAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await Features.Events.ActorGazetteer.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        var options = provider.GetRequiredService<IOptions<BriefingOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.Admin.Email) && !string.IsNullOrEmpty(options.Admin.Password))
        {
            var users = provider.GetRequiredService<UserManager<AppUser>>();
            if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
            {
                var result = await provider.GetRequiredService<UserAdminService>()
                    .CreateAsync(options.Admin.Email, Roles.Admin, options.Admin.Password, CurrentUser.System);
                if (!result.Succeeded)
                    throw new InvalidConfigurationException("Briefing:Admin:Password", result.Error ?? "the admin could not be created.");
            }
        }
    }
}
