using System.Text.Json.Serialization;
using Briefing.Web.Data.Entities;

namespace Briefing.Web.Features.Topics;

/// <summary>The <c>topics</c> array of <c>GET /api/articles/{id}</c> (INTERFACES.md), built from stored assignment rows.</summary>
public static class TopicEvidenceJson
{
    /// <summary>One entry per assignment, excluded rows left out, highest score first. Rows need <see cref="ArticleTopic.Topic"/> loaded.</summary>
    public static IReadOnlyList<ApiArticleTopic> ToApi(IEnumerable<ArticleTopic> rows) =>
        ToApi(rows, row => row.Topic?.Slug ?? throw new InvalidOperationException("Load ArticleTopic.Topic, or pass the slugs."));

    /// <summary>As <see cref="ToApi(IEnumerable{ArticleTopic})"/>, with the topic slugs looked up by id.</summary>
    public static IReadOnlyList<ApiArticleTopic> ToApi(IEnumerable<ArticleTopic> rows, IReadOnlyDictionary<int, string> slugs) =>
        ToApi(rows, row => slugs[row.TopicId]);

    private static IReadOnlyList<ApiArticleTopic> ToApi(IEnumerable<ArticleTopic> rows, Func<ArticleTopic, string> slugOf) =>
    [
        .. rows.Where(r => !r.IsExcluded)
            .OrderByDescending(r => r.Origin == AssignmentOrigin.Manual).ThenByDescending(r => r.Score)
            .Select(r => new ApiArticleTopic(slugOf(r), r.Score, r.Origin == AssignmentOrigin.Manual ? "manual" : "rule",
                [.. TopicAssignmentService.DeserializeEvidence(r.EvidenceJson).Select(e => new ApiEvidence(e.Term, e.Field, e.Start, e.Length, e.Snippet, e.Rule))])),
    ];
}

public sealed record ApiArticleTopic(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("origin")] string Origin,
    [property: JsonPropertyName("evidence")] IReadOnlyList<ApiEvidence> Evidence);

/// <summary>One matched term; <see cref="Rule"/> (the rule key) is an addition to the documented shape.</summary>
public sealed record ApiEvidence(
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("rule")] string Rule);
