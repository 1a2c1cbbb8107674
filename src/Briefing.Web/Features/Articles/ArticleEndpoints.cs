namespace Briefing.Web.Features.Articles;

public static class ArticleEndpoints
{
    public static void MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("", async (string? topic, string? q, string? language, string? source, DateOnly? from, DateOnly? to, int? skip, int? take,
                ArticleQueryService articles, CancellationToken ct) =>
            {
                var (total, items) = await articles.SearchAsync(new ArticleFilter(topic, q, language, source, from, to, skip ?? 0, take ?? 25), ct);
                return Results.Ok(new
                {
                    total,
                    items = items.Select(a => new
                    {
                        id = a.Id, title = a.Title, language = a.Language, source = a.SourceName, url = a.Url,
                        published = a.PublishedDate.ToString("yyyy-MM-dd"), publishedIsEstimated = a.PublishedIsEstimated,
                        storyId = a.StoryId ?? a.Id, topics = a.Topics,
                    }),
                });
            })
            .WithSummary("Search articles: topic slug, q (substring, Hebrew-aware), language, source, from/to (YYYY-MM-DD), skip/take.");

        group.MapGet("/{id:int}", async (int id, ArticleQueryService articles, CancellationToken ct) =>
                await articles.GetAsync(id, ct) is { } a
                    ? Results.Ok(new
                    {
                        id = a.Id, title = a.Title, language = a.Language, source = a.SourceName, url = a.Url, canonicalUrl = a.CanonicalUrl,
                        published = a.PublishedDate.ToString("yyyy-MM-dd"), publishedIsEstimated = a.PublishedIsEstimated,
                        duplicateOf = a.DuplicateOfId, storyId = a.StoryId,
                        alsoReportedBy = a.AlsoReportedBy.Select(r => new { id = r.Id, title = r.Title, language = r.Language, source = r.SourceName }),
                        topics = a.ApiTopics,
                        eventIds = a.EventIds,
                        text = a.Text,
                    })
                    : Results.Problem(statusCode: 404, title: "No such article"))
            .WithSummary("One article with its topics, their evidence, its story and its events.");
    }
}
