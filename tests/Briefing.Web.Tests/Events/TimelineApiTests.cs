using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Web.Features.Auth;
using Briefing.Web.Features.Ingestion;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Events;

/// <summary>GET /api/events and /api/topics/{slug}/timeline in the shapes INTERFACES.md gives, on the imported corpus.</summary>
public partial class TimelineApiTests : IAsyncLifetime
{
    private readonly BriefingAppFactory app = new();
    private HttpClient client = default!;

    public async ValueTask InitializeAsync()
    {
        await app.CreateUserAsync("staff@briefing.test", Roles.Staff, "staff-password-123");
        var ingestion = app.Services.GetRequiredService<IngestionService>();
        var items = new List<IngestionService.Pending>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixture("corpus")).Where(f => !f.EndsWith(".json")).Order().Append(EventsTestBed.SeedPath))
            items.AddRange(ingestion.Parse(await File.ReadAllBytesAsync(file), file, null, new ImportOptions()).Items);
        await ingestion.StoreAsync(items);
        client = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK, string mediaType = "application/json")
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task Events_come_oldest_first_with_dates_as_precise_as_their_sources()
    {
        var events = (await GetJsonAsync("/api/events")).EnumerateArray().ToList();
        Assert.True(events.Count > 20);
        string? previous = null;
        foreach (var e in events)
        {
            foreach (var field in new[] { "id", "type", "date", "datePrecision", "summary", "place", "status", "actors", "topics", "sources" })
                Assert.True(e.TryGetProperty(field, out _), field);
            var date = e.GetProperty("date").GetString();
            var pattern = e.GetProperty("datePrecision").GetString() switch
            {
                "day" => DayPattern(), "month" => MonthPattern(), "year" => YearPattern(), "unknown" => null,
                var other => throw new Xunit.Sdk.XunitException($"precision {other}"),
            };
            if (pattern is null) Assert.Null(date);
            else Assert.Matches(pattern, date!);
            // Oldest first by the first day each date can mean; undated events last.
            if (previous is not null && date is not null)
                Assert.True(string.CompareOrdinal(Pad(previous), Pad(date)) <= 0, $"{previous} before {date}");
            if (date is null) previous = "9999";
            else if (previous != "9999") previous = date;
            else Assert.Fail("a dated event after an undated one");
            Assert.Contains(e.GetProperty("status").GetString(), new[] { "proposed", "confirmed" });
            foreach (var actor in e.GetProperty("actors").EnumerateArray())
                Assert.Contains(actor.GetProperty("kind").GetString(), new[] { "person", "organization", "state" });
            var source = e.GetProperty("sources").EnumerateArray().First();
            Assert.True(source.GetProperty("articleId").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(source.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(source.GetProperty("quote").GetString()));
        }
        var law = events.First(e => e.GetProperty("date").GetString() == "1992");
        Assert.Equal("year", law.GetProperty("datePrecision").GetString());
        Assert.Equal("legislation", law.GetProperty("type").GetString());
        Assert.Contains(law.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "US Congress" && a.GetProperty("kind").GetString() == "organization");
    }

    private static string Pad(string date) => date.Length switch { 4 => date + "-01-01", 7 => date + "-01", _ => date };

    [Fact]
    public async Task A_topic_timeline_filters_by_types_and_dates()
    {
        var all = (await GetJsonAsync("/api/topics/section-907/timeline")).EnumerateArray().ToList();
        Assert.All(all, e => Assert.Contains("section-907", e.GetProperty("topics").EnumerateArray().Select(t => t.GetString())));

        var filtered = (await GetJsonAsync("/api/topics/section-907/timeline?types=agreement,legislation&from=2025-08-01&to=2025-08-31")).EnumerateArray().ToList();
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count);
        Assert.All(filtered, e =>
        {
            Assert.Contains(e.GetProperty("type").GetString(), new[] { "agreement", "legislation" });
            Assert.StartsWith("2025-08", e.GetProperty("date").GetString());
        });
        var summit = Assert.Single(filtered, e => e.GetProperty("type").GetString() == "agreement"
            && e.GetProperty("actors").EnumerateArray().Any(a => a.GetProperty("name").GetString() == "Nikol Pashinyan"));
        Assert.True(summit.GetProperty("sources").GetArrayLength() >= 3);

        var byActor = (await GetJsonAsync("/api/events?actor=hikmet-hajiyev&topic=israel-azerbaijan-us")).EnumerateArray().ToList();
        Assert.NotEmpty(byActor);
        Assert.All(byActor, e => Assert.Contains(e.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Hikmet Hajiyev"
            && a.GetProperty("nameHe").GetString() is { Length: > 0 }));
    }

    [Theory]
    [InlineData("/api/events?types=meeting,party")]
    [InlineData("/api/topics/iran/timeline?types=3")]
    [InlineData("/api/events?from=24.11.2025")]
    [InlineData("/api/topics/iran/timeline?to=2025-13-01")]
    public async Task Bad_filters_get_400_problem_json(string path)
    {
        var problem = await GetJsonAsync(path, HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/topics/no-such-topic/timeline")]
    [InlineData("/api/events?topic=no-such-topic")]
    public async Task An_unknown_topic_gets_404_problem_json(string path)
    {
        var problem = await GetJsonAsync(path, HttpStatusCode.NotFound, "application/problem+json");
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")] private static partial Regex DayPattern();
    [GeneratedRegex(@"^\d{4}-\d{2}$")] private static partial Regex MonthPattern();
    [GeneratedRegex(@"^\d{4}$")] private static partial Regex YearPattern();
}
