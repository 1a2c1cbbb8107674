using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Web.Tests.Infrastructure;

namespace Briefing.Web.Tests.Articles;

/// <summary>GET /api/articles and /api/articles/{id} over the sample corpus the app imports on first start.</summary>
public class ArticleApiTests : IAsyncLifetime
{
    private readonly BriefingAppFactory app = new();

    public ValueTask InitializeAsync()
    {
        app.Settings["Briefing:SampleData"] = "true";
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_article_answers_its_topics_with_evidence_in_the_documented_shape()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await app.ClientWithTokenAsync(BriefingAppFactory.AdminEmail, BriefingAppFactory.AdminPassword);
        var search = await client.GetFromJsonAsync<JsonElement>("/api/articles?q=" + Uri.EscapeDataString("SOCAR נכנסת"), ct);
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        var id = search.GetProperty("items")[0].GetProperty("id").GetInt32();

        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}", ct);
        Assert.Equal("he", article.GetProperty("language").GetString());
        Assert.Equal("2025-02-02", article.GetProperty("published").GetString());
        var topic = Assert.Single(article.GetProperty("topics").EnumerateArray());
        Assert.Equal("israel-azerbaijan-us", topic.GetProperty("slug").GetString());
        Assert.Equal("rule", topic.GetProperty("origin").GetString());
        var text = article.GetProperty("text").GetString()!;
        var evidence = topic.GetProperty("evidence").EnumerateArray().Where(e => e.GetProperty("field").GetString() == "body").ToList();
        Assert.NotEmpty(evidence);
        // Offsets point into the stored text at the match, which its snippet shows.
        Assert.All(evidence, e => Assert.Contains(text.Substring(e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32()),
            e.GetProperty("snippet").GetString()!));
    }
}
