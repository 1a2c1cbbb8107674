using System.Globalization;
using Briefing.Web.Data.Entities;

namespace Briefing.Web.Features.Timelines;

public static class TimelineEndpoints
{
    public static void MapTimelineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (string? from, string? to, string? types, string? topic, string? actor, int? skip, int? take,
                TimelineService timelines, CancellationToken ct) => AnswerAsync(timelines, topic, from, to, types, actor, skip, take, ct))
            .WithTags("Events")
            .WithSummary("Events oldest first: from/to (YYYY-MM-DD, inclusive), types (comma-separated), topic slug, actor (key or name); rejected events are left out.");

        app.MapGet("/api/topics/{slug}/timeline", (string slug, string? from, string? to, string? types, int? skip, int? take,
                TimelineService timelines, CancellationToken ct) => AnswerAsync(timelines, slug, from, to, types, null, skip, take, ct))
            .WithTags("Events")
            .WithSummary("A topic's events oldest first: from/to (YYYY-MM-DD, inclusive), types (comma-separated); 404 for an unknown topic.");
    }

    private static async Task<IResult> AnswerAsync(TimelineService timelines, string? topic, string? from, string? to, string? types,
        string? actor, int? skip, int? take, CancellationToken ct)
    {
        if (!TryParseDate(from, out var fromDate))
            return Results.Problem(statusCode: 400, title: "Bad 'from' date", detail: "Use YYYY-MM-DD.");
        if (!TryParseDate(to, out var toDate))
            return Results.Problem(statusCode: 400, title: "Bad 'to' date", detail: "Use YYYY-MM-DD.");
        if (!TryParseTypes(types, out var typeList, out var unknown))
            return Results.Problem(statusCode: 400, title: "Unknown event type",
                detail: $"'{unknown}' is not one of: {string.Join(", ", Enum.GetNames<EventType>().Select(n => n.ToLowerInvariant()))}.");
        var page = await timelines.QueryAsync(new TimelineFilter(topic, typeList, actor, fromDate, toDate, Skip: skip ?? 0, Take: take ?? 10_000), ct);
        return page is null
            ? Results.Problem(statusCode: 404, title: "No such topic", detail: $"There is no topic '{topic}'.")
            : Results.Ok(page.Items.Select(ToJson));
    }

    public static object ToJson(TimelineEvent e) => new
    {
        id = e.Id,
        type = e.Type.ToString().ToLowerInvariant(),
        date = e.DateText,
        datePrecision = e.Precision.ToString().ToLowerInvariant(),
        summary = e.Summary,
        place = e.Place,
        status = e.Status.ToString().ToLowerInvariant(),
        actors = e.Actors.DistinctBy(a => a.Id).Select(a => new { name = a.Name, nameHe = a.NameHe, kind = a.Kind.ToString().ToLowerInvariant(), key = a.Key, role = a.Role }),
        topics = e.Topics,
        sources = e.Sources.Select(s => new { articleId = s.ArticleId, title = s.Title, url = s.Url, quote = s.Quote, language = s.Language }),
        recommendation = e.Type == EventType.Recommendation
            ? new { by = e.RecommendedBy, to = e.RecommendedTo, what = e.RecommendationText }
            : null,
        statute = e.StatuteKey,
    };

    internal static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }

    internal static bool TryParseTypes(string? text, out List<EventType>? types, out string? unknown)
    {
        types = null;
        unknown = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        types = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Names only: Enum.TryParse would also take "3".
            if (part.All(char.IsAsciiLetter) && Enum.TryParse<EventType>(part, ignoreCase: true, out var type))
                types.Add(type);
            else
            {
                unknown = part;
                return false;
            }
        }
        return true;
    }
}
