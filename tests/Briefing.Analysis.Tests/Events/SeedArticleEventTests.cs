using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class SeedArticleEventTests
{
    // The seed article carries no date: the estimate must not leak into event dates.
    private static readonly ExtractionResult Result = EventExtractor.CreateDefault()
        .Extract("", SeedArticle.Read(), "he", new DateOnly(2025, 11, 24), publishedIsEstimated: true);

    private static bool Has(ExtractedEvent e, params string[] keys) => keys.All(k => e.Actors.Any(a => a.Key == k));

    [Fact]
    public void Hajiyev_meets_Netanyahu_on_an_unknown_date()
    {
        var meeting = Assert.Single(Result.Events, e => e.Type == EventType.Meeting && Has(e, "hikmet-hajiyev", "benjamin-netanyahu"));
        Assert.Equal(DatePrecision.Unknown, meeting.Date.Precision);
        Assert.Null(meeting.Date.Format());
        Assert.Equal("Israel", meeting.Place);
        Assert.Contains("נפגש", meeting.Quote);
        Assert.Equal(meeting.Quote, SeedArticle.Read().Substring(meeting.QuoteStart, meeting.QuoteLength));
    }

    [Fact]
    public void Netanyahu_and_Rubio_joint_statement_is_a_statement()
    {
        var statement = Assert.Single(Result.Events, e => e.Type == EventType.Statement && Has(e, "benjamin-netanyahu", "marco-rubio"));
        Assert.Contains("הצהרה משותפת", statement.Quote);
        Assert.Equal(DatePrecision.Unknown, statement.Date.Precision);
    }

    [Fact]
    public void Atlantic_Council_recommends_to_Washington()
    {
        var recommendation = Assert.Single(Result.Events, e => e.Type == EventType.Recommendation && Has(e, "atlantic-council"));
        Assert.NotNull(recommendation.Recommendation);
        Assert.Contains(recommendation.Recommendation.Recommenders, a => a.Key == "atlantic-council");
        Assert.Contains(recommendation.Recommendation.Addressees, a => a.Key == "united-states");
        Assert.Contains("ללמוד", recommendation.Recommendation.What);
    }

    [Fact]
    public void BESA_Center_recommends_to_the_Trump_administration_to_integrate_Azerbaijan()
    {
        var recommendation = Assert.Single(Result.Events, e => e.Type == EventType.Recommendation && Has(e, "besa-center"));
        var detail = recommendation.Recommendation!;
        Assert.Equal(["besa-center"], detail.Recommenders.Select(a => a.Key));
        Assert.Equal(["united-states"], detail.Addressees.Select(a => a.Key));
        Assert.StartsWith("לשלב את אזרבייג'ן", detail.What);
        Assert.Contains("BESA Center", recommendation.Summary);
    }

    [Fact]
    public void Section_907_is_legislation_of_1992_at_year_precision()
    {
        var law = Assert.Single(Result.Events, e => e.Type == EventType.Legislation && e.StatuteKey == "section-907");
        Assert.Equal(PartialDate.OfYear(1992), law.Date);
        Assert.Equal("1992", law.Date.Format());
        Assert.Contains(law.Actors, a => a.Key == "us-congress");
    }

    [Fact]
    public void Names_outside_the_gazetteer_are_not_invented_as_events()
    {
        Assert.All(Result.Events, e => Assert.NotEmpty(e.Actors));
        Assert.DoesNotContain(Result.Events, e => e.Date.Precision is DatePrecision.Day or DatePrecision.Month);
    }
}
