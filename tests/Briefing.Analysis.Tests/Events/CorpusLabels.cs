using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Analysis.Tests.Events;

internal sealed record LabelledEvent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("date_precision")] string DatePrecision,
    [property: JsonPropertyName("actors")] string[] Actors,
    [property: JsonPropertyName("orgs")] string[] Orgs,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("summary")] string Summary);

internal sealed record LabelledArticle(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("topics")] string[] Topics,
    [property: JsonPropertyName("events")] LabelledEvent[] Events);

internal static class CorpusLabels
{
    public static IReadOnlyList<LabelledArticle> Load() =>
        JsonSerializer.Deserialize<List<LabelledArticle>>(File.ReadAllText(Path.Combine(CorpusText.CorpusDirectory, "labels.json")))!;
}
