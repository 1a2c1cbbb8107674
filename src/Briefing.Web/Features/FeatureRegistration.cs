using Briefing.Web.Features.Articles;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Auth;
using Briefing.Web.Features.Briefs;
using Briefing.Web.Features.Processing;
using Briefing.Web.Features.Dashboard;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Features.Ingestion.Feeds;
using Briefing.Web.Features.Timelines;
using Briefing.Web.Features.Topics;

namespace Briefing.Web.Features;

/// <summary>One place that lists every feature's services and endpoints.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddBriefingFeatures(this IServiceCollection services)
    {
        services.AddSingleton<AuditService>();
        services.AddSingleton<BriefDraftStore>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<TopicService>();
        services.AddSingleton<TopicAssignmentService>();
        services.AddSingleton<EventExtractionService>();
        services.AddSingleton<ArticleAnalysis>();
        services.AddSingleton<TimelineService>();
        services.AddSingleton<EventReviewService>();
        services.AddSingleton<ActorAdminService>();
        services.AddSingleton<StoryIndex>();
        services.AddSingleton<IngestionService>();
        services.AddOptions<FeedSettings>().BindConfiguration(FeedSettings.Section);
        FeedFetcher.AddHttpClient(services);
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedSubscriptionService>();
        services.AddHostedService<FeedPoller>();
        services.AddSingleton<ArticleQueryService>();
        services.AddSingleton<BriefComposer>();
        services.AddTopicAdministration();
        return services;
    }

    public static void MapBriefingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAuthEndpoints();
        app.MapAdminEndpoints();
        app.MapTopicEndpoints();
        app.MapIngestionEndpoints();
        app.MapArticleEndpoints();
        app.MapBriefEndpoints();
        app.MapTimelineEndpoints();
    }
}
