using System.Globalization;
using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class EventMergerTests
{
    private static readonly EventMerger Merger = new();

    private static EventSignature Sig(EventType type, string? date, string actors, string? instrument = null) =>
        new(type, PartialDate.Parse(date), actors.Split(',', StringSplitOptions.RemoveEmptyEntries), instrument);

    [Theory]
    [InlineData("2025-08-08", "2025-08-08", true)]
    [InlineData("2025-08-08", "2025-08-09", true)]
    [InlineData("2025-08-08", "2025-08-11", false)]
    [InlineData("2025-08-08", "2025-08", true)]
    [InlineData("2025-08-08", "2025-07", false)]
    [InlineData("2025-08-08", "2025", true)]
    [InlineData("2025-08-08", "2024", false)]
    public void Dates_match_within_the_window_at_the_coarser_precision(string a, string b, bool same)
    {
        Assert.Equal(same, Merger.AreSame(
            Sig(EventType.Meeting, a, "donald-trump,ilham-aliyev"), Sig(EventType.Meeting, b, "ilham-aliyev,azerbaijan")));
    }

    [Fact]
    public void Different_types_or_instruments_never_merge()
    {
        Assert.False(Merger.AreSame(Sig(EventType.Meeting, "2025-08-08", "donald-trump"), Sig(EventType.Statement, "2025-08-08", "donald-trump")));
        Assert.False(Merger.AreSame(
            Sig(EventType.Agreement, "2025-08-08", "donald-trump,ilham-aliyev", "memorandum"),
            Sig(EventType.Agreement, "2025-08-08", "donald-trump,ilham-aliyev", "declaration")));
        Assert.Equal(0, Merger.Similarity(
            Sig(EventType.Agreement, "2025-08-08", "ilham-aliyev", "memorandum"), Sig(EventType.Agreement, "2025-08-08", "ilham-aliyev", "declaration")));
    }

    [Fact]
    public void One_shared_state_is_not_enough_but_a_shared_person_is()
    {
        Assert.False(Merger.AreSame(Sig(EventType.Statement, "2025-06-12", "iaea,iran"), Sig(EventType.Statement, "2025-06-12", "behrouz-kamalvandi,iran")));
        Assert.True(Merger.AreSame(Sig(EventType.Statement, "2025-06-12", "marco-rubio,iran"), Sig(EventType.Statement, "2025-06-12", "marco-rubio")));
        Assert.True(Merger.AreSame(Sig(EventType.Statement, "2025-06-12", "israel,iran"), Sig(EventType.Statement, "2025-06-12", "iran,israel,france")));
    }

    [Fact]
    public void Unknown_dates_need_two_shared_people()
    {
        Assert.True(Merger.AreSame(Sig(EventType.Meeting, null, "hikmet-hajiyev,benjamin-netanyahu"), Sig(EventType.Meeting, "2025-02", "benjamin-netanyahu,hikmet-hajiyev,israel")));
        Assert.False(Merger.AreSame(Sig(EventType.Meeting, null, "benjamin-netanyahu"), Sig(EventType.Meeting, "2025-02", "benjamin-netanyahu,marco-rubio")));
    }

    [Fact]
    public void Similarity_weighs_people_above_states_and_is_symmetric()
    {
        var a = Sig(EventType.Meeting, "2025-08-08", "donald-trump,ilham-aliyev,united-states");
        var b = Sig(EventType.Meeting, "2025-08-08", "ilham-aliyev,azerbaijan");
        Assert.Equal(Merger.Similarity(a, b), Merger.Similarity(b, a));
        Assert.Equal(2.0 / 6.0, Merger.Similarity(a, b), 6);
    }

    [Fact]
    public void Bucket_keys_cover_every_possible_match()
    {
        Assert.Equal(["meeting|2025-07", "meeting|2025-08"], Merger.BucketKeys(EventType.Meeting, PartialDate.Parse("2025-08-01")));
        Assert.Equal(["legislation|1992"], Merger.BucketKeys(EventType.Legislation, PartialDate.OfYear(1992)));
        Assert.Equal(["statement|unknown"], Merger.BucketKeys(EventType.Statement, PartialDate.Unknown));
    }

    [Fact]
    public void The_White_House_summit_reported_in_three_articles_and_two_languages_merges_by_event()
    {
        var extractor = EventExtractor.CreateDefault();
        var labels = CorpusLabels.Load().ToDictionary(l => l.File);
        var sources = new List<EventSource>();
        foreach (var file in new[] { "en02.html", "en03.txt", "he05.txt" })
        {
            var (title, body) = CorpusText.Read(file);
            var published = DateOnly.ParseExact(labels[file].Published!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            sources.AddRange(extractor.Extract(title, body, labels[file].Language, published, false).Events.Select(e => new EventSource(file, e)));
        }

        var merged = Merger.Merge(sources);

        var waiver = Assert.Single(merged, m => m.Type == EventType.Legislation && m.Date.Format() == "2025-08-08");
        Assert.Equal(3, waiver.Sources.Select(s => s.ArticleId).Distinct().Count());
        Assert.Equal(["en", "he"], waiver.Sources.Select(s => s.Event.Language).Distinct().Order());
        Assert.Single(merged, m => m.Type == EventType.Legislation && m.Date.Format() == "1992");
        var agreements = merged.Where(m => m.Type == EventType.Agreement && m.Date.Format() == "2025-08-08").ToList();
        Assert.Equal(2, agreements.Count); // the joint declaration and the memorandum stay apart
        Assert.All(agreements, a => Assert.True(a.Sources.Select(s => s.ArticleId).Distinct().Count() >= 2));
    }
}

public class SeedStoryMergeTests
{
    [Fact]
    public void The_seed_story_and_its_second_source_give_one_meeting_and_keep_each_articles_recommendations_apart()
    {
        var extractor = EventExtractor.CreateDefault();
        var estimate = new DateOnly(2025, 11, 24);
        var seed = extractor.Extract("", SeedArticle.Read(), "he", estimate, true).Events.Select(e => new EventSource("seed", e));
        var (title, body) = CorpusText.Read("he01.txt");
        var second = extractor.Extract(title, body, "he", estimate, true).Events.Select(e => new EventSource("he01", e)).ToList();

        var merged = new EventMerger().Merge(seed.Concat(second));

        var meeting = Assert.Single(merged, m => m.Type == EventType.Meeting);
        Assert.Equal(["he01", "seed"], meeting.Sources.Select(s => s.ArticleId).Order());
        Assert.Single(merged, m => m.Type == EventType.Statement && m.Actors.Any(a => a.Key == "marco-rubio"));
        var besa = merged.Where(m => m.Type == EventType.Recommendation && m.Actors.Any(a => a.Key == "besa-center")).ToList();
        Assert.Equal(second.Count(s => s.Event.Type == EventType.Recommendation && s.Event.Actors.Any(a => a.Key == "besa-center")), besa.Count);
        Assert.All(merged, m => Assert.Equal(m.Sources.Count, m.Sources.Select(s => s.ArticleId).Distinct().Count()));
    }
}
