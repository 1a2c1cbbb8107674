namespace Briefing.Web.Features.Topics;

public static class TopicEndpoints
{
    public static void MapTopicEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/topics", async (TopicService topics, CancellationToken ct) =>
                (await topics.ListAsync(cancellationToken: ct)).Select(t => new
                {
                    slug = t.Slug, name = t.NameEn, nameHe = t.NameHe, articleCount = t.ArticleCount, eventCount = t.EventCount,
                }))
            .WithTags("Topics").WithSummary("Active topics with their article and event counts.");
    }
}
