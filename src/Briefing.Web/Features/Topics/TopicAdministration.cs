using Briefing.Web.Data;
using Briefing.Web.Infrastructure;

namespace Briefing.Web.Features.Topics;

/// <summary>Services of topic curation and reading, and the <c>reclassify</c> verb.</summary>
public static class TopicAdministration
{
    public static IServiceCollection AddTopicAdministration(this IServiceCollection services)
    {
        services.AddSingleton<ReclassificationJob>();
        services.AddSingleton<TopicAdminService>();
        services.AddSingleton<TopicReadService>();
        return services;
    }

    /// <summary>Program.cs asks whether its arguments are a verb before any service is added, so the verb is known
    /// from the moment the assembly loads.</summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void RegisterVerb() => CommandLine.AddVerb("reclassify", ReclassifyAsync);

    /// <summary>The <c>reclassify</c> verb: the same job the editor starts after a save, awaited, progress on stderr.</summary>
    private static async Task<int> ReclassifyAsync(WebApplication app, CliArguments args)
    {
        await DatabaseInitializer.MigrateIfSqliteAsync(app.Services);
        var job = app.Services.GetRequiredService<ReclassificationJob>();
        var lastShown = -1;
        job.Changed += () =>
        {
            var percent = job.Total == 0 ? 100 : job.Done * 100 / job.Total;
            if (percent == lastShown || (percent % 5 != 0 && job.Done != job.Total))
                return;
            lastShown = percent;
            Console.Error.WriteLine($"Re-classified {job.Done:N0} of {job.Total:N0} articles ({percent}%).");
        };
        var started = DateTime.UtcNow;
        await job.Start();
        if (job.LastError is { } error)
        {
            await Console.Error.WriteLineAsync("Re-classification failed: " + error);
            return 1;
        }
        await Console.Error.WriteLineAsync($"Re-classified {job.Done:N0} articles in {(DateTime.UtcNow - started).TotalSeconds:F1} s.");
        return 0;
    }
}
