using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Timelines;

namespace Briefing.Web.Tests.Events;

/// <summary>The dev corpus and the seed article, imported through the pipeline, read back as topic timelines.</summary>
public class TimelineServiceTests : IAsyncLifetime
{
    private EventsTestBed bed = default!;

    public async ValueTask InitializeAsync() => bed = await EventsTestBed.CreateAsync();

    public async ValueTask DisposeAsync() => await bed.DisposeAsync();

    private static bool Has(TimelineEvent e, params string[] keys) => keys.All(k => e.Actors.Any(a => a.Key == k));

    private bool FromSeed(TimelineEvent e) => e.Sources.Any(s => s.ArticleId == bed.SeedArticleId);

    [Fact]
    public async Task The_seed_articles_events_land_in_the_israel_azerbaijan_us_timeline()
    {
        var timeline = await bed.TimelineAsync("israel-azerbaijan-us");

        var meeting = Assert.Single(timeline, e => e.Type == EventType.Meeting && Has(e, "hikmet-hajiyev", "benjamin-netanyahu"));
        Assert.True(FromSeed(meeting));
        Assert.Contains(meeting.Sources, s => s.ArticleId == bed.SeedArticleId && s.Quote.Contains("נפגש") && s.Language == "he");

        var statement = Assert.Single(timeline, e => e.Type == EventType.Statement && Has(e, "benjamin-netanyahu", "marco-rubio") && FromSeed(e));
        Assert.Contains(statement.Sources, s => s.Quote.Contains("הצהרה משותפת"));

        var atlantic = Assert.Single(timeline, e => e.Type == EventType.Recommendation && e.Actors.Any(a => a.Key == "atlantic-council" && a.Role == "recommender"));
        Assert.True(FromSeed(atlantic));
        Assert.Equal("Atlantic Council", atlantic.RecommendedBy);
        Assert.Contains(atlantic.Actors, a => a.Key == "united-states" && a.Role == "addressee");
        Assert.Contains("ללמוד", atlantic.RecommendationText);

        var besa = Assert.Single(timeline, e => e.Type == EventType.Recommendation && e.Actors.Any(a => a.Key == "besa-center" && a.Role == "recommender"));
        Assert.True(FromSeed(besa));
        Assert.Equal("United States", besa.RecommendedTo);
        Assert.StartsWith("לשלב את אזרבייג'ן", besa.RecommendationText);
        // Actors come with their canonical English and Hebrew names.
        Assert.Contains(besa.Actors, a => a.Key == "besa-center" && a.NameHe != null && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public async Task Section_907_of_1992_is_in_the_section_907_timeline_at_year_precision()
    {
        var timeline = await bed.TimelineAsync("section-907");
        var law = timeline.First(e => e.Type == EventType.Legislation && e.StatuteKey == "section-907" && e.Year == 1992 && FromSeed(e));
        Assert.Equal(DatePrecision.Year, law.Precision);
        Assert.Equal("1992", law.DateText);
        Assert.True(FromSeed(law));
        Assert.Contains(law.Actors, a => a.Key == "us-congress");
        Assert.Contains("section-907", law.Topics);
    }

    [Fact]
    public async Task The_white_house_summit_reported_in_three_articles_and_two_languages_is_one_event()
    {
        var timeline = await bed.TimelineAsync("section-907");
        var summit = timeline.Where(e => e.Type == EventType.Agreement && e.DateText == "2025-08-08" && Has(e, "ilham-aliyev", "nikol-pashinyan")).ToList();
        var only = Assert.Single(summit);
        var articles = only.Sources.Select(s => s.ArticleId).ToHashSet();
        Assert.Superset(new[] { bed.ArticleIds["en02.html"], bed.ArticleIds["en03.txt"], bed.ArticleIds["he05.txt"] }.ToHashSet(), articles);
        Assert.Equal(["en", "he"], only.Sources.Select(s => s.Language).Distinct().Order());
        Assert.Contains(only.Sources, s => s.Language == "en" && s.Url != null && s.Title.Contains("Section 907"));
    }

    [Fact]
    public async Task Timelines_are_chronological_with_undated_events_last_and_newest_first_on_request()
    {
        var oldestFirst = await bed.TimelineAsync("section-907");
        var dated = oldestFirst.TakeWhile(e => e.SortDate is not null).ToList();
        Assert.True(dated.Count > 5);
        Assert.Equal(dated.OrderBy(e => e.SortDate).Select(e => e.SortDate), dated.Select(e => e.SortDate));
        Assert.All(oldestFirst.Skip(dated.Count), e => Assert.Null(e.SortDate));

        var newestFirst = (await bed.Timelines.QueryAsync(new TimelineFilter("section-907", NewestFirst: true), TestContext.Current.CancellationToken))!.Items;
        Assert.Equal(dated.Select(e => e.Id).Reverse(), newestFirst.Take(dated.Count).Select(e => e.Id));
    }

    [Fact]
    public async Task Filters_by_type_actor_date_range_and_status_and_pages()
    {
        var ct = TestContext.Current.CancellationToken;
        var all = await bed.TimelineAsync();
        var recommendations = (await bed.Timelines.QueryAsync(new TimelineFilter(Types: [EventType.Recommendation]), ct))!;
        Assert.Equal(all.Count(e => e.Type == EventType.Recommendation), recommendations.Total);
        Assert.All(recommendations.Items, e => Assert.Equal(EventType.Recommendation, e.Type));

        var august = (await bed.Timelines.QueryAsync(new TimelineFilter("section-907", From: new DateOnly(2025, 8, 1), To: new DateOnly(2025, 8, 8)), ct))!.Items;
        Assert.NotEmpty(august);
        Assert.All(august, e => Assert.InRange(e.SortDate!.Value, new DateTime(2025, 8, 1), new DateTime(2025, 8, 8)));

        // By key, English name or Hebrew name.
        var byKey = (await bed.Timelines.QueryAsync(new TimelineFilter(Actor: "hikmet-hajiyev"), ct))!.Items;
        Assert.NotEmpty(byKey);
        Assert.All(byKey, e => Assert.Contains(e.Actors, a => a.Key == "hikmet-hajiyev"));
        Assert.Equal(byKey.Select(e => e.Id), (await bed.Timelines.QueryAsync(new TimelineFilter(Actor: "Hikmet Hajiyev"), ct))!.Items.Select(e => e.Id));
        Assert.Empty((await bed.Timelines.QueryAsync(new TimelineFilter(Actor: "nobody-at-all"), ct))!.Items);

        var page = (await bed.Timelines.QueryAsync(new TimelineFilter(Skip: 3, Take: 4), ct))!;
        Assert.Equal(all.Count, page.Total);
        Assert.Equal(all.Skip(3).Take(4).Select(e => e.Id), page.Items.Select(e => e.Id));

        var rejected = all[0];
        Assert.True((await bed.Review.RejectAsync(rejected.Id, rejected.Version, Features.Audit.CurrentUser.System, ct)).Succeeded);
        Assert.DoesNotContain(await bed.TimelineAsync(), e => e.Id == rejected.Id);
        Assert.Contains(await bed.TimelineAsync(statuses: [EventStatus.Rejected]), e => e.Id == rejected.Id);
    }

    [Fact]
    public async Task An_unknown_topic_is_null_and_statute_history_lists_section_907()
    {
        Assert.Null(await bed.Timelines.QueryAsync(new TimelineFilter("no-such-topic"), TestContext.Current.CancellationToken));
        Assert.Contains("section-907", await bed.Timelines.StatutesAsync(TestContext.Current.CancellationToken));
        var history = (await bed.Timelines.QueryAsync(new TimelineFilter(Statute: "section-907"), TestContext.Current.CancellationToken))!.Items;
        Assert.Contains(history, e => e.Year == 1992);
        Assert.Contains(history, e => e.Year == 2025);
        Assert.All(history, e => Assert.Equal("section-907", e.StatuteKey));
    }
}
