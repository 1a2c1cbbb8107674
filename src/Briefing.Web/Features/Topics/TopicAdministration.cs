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

    /// <summary>
    /// The <c>reclassify</c> verb: re-runs topic assignment and event extraction on every stored article
    /// (manual topic decisions and curated events are kept), progress on stderr.
    /// </summary>
    internal static async Task<int> ReclassifyAsync(WebApplication app, CliArguments args)
    {
        await DatabaseInitializer.MigrateIfSqliteAsync(app.Services);
        var analysis = app.Services.GetRequiredService<Processing.ArticleAnalysis>();
        var lastShown = -1;
        var started = DateTime.UtcNow;
        var done = await analysis.ReprocessAllAsync(new Progress<(int Done, int Total)>(p =>
        {
            var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
            if (percent == lastShown || (percent % 5 != 0 && p.Done != p.Total))
                return;
            lastShown = percent;
            Console.Error.WriteLine($"Re-processed {p.Done:N0} of {p.Total:N0} articles ({percent}%).");
        }));
        await Console.Error.WriteLineAsync($"Re-processed {done:N0} articles in {(DateTime.UtcNow - started).TotalSeconds:F1} s.");
        return 0;
    }
}
