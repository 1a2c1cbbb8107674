using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-11-24", DatePrecision.Day)]
    [InlineData("2025-02", DatePrecision.Month)]
    [InlineData("1992", DatePrecision.Year)]
    [InlineData(null, DatePrecision.Unknown)]
    public void Parse_and_format_round_trip_at_each_precision(string? text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.Format());
    }

    [Fact]
    public void Coarsening_drops_finer_fields_and_never_refines()
    {
        var day = PartialDate.OfDay(new DateOnly(2025, 8, 8));
        Assert.Equal(PartialDate.OfMonth(2025, 8), day.Coarsen(DatePrecision.Month));
        Assert.Equal(PartialDate.OfYear(2025), day.Coarsen(DatePrecision.Year));
        Assert.Equal(PartialDate.OfYear(2025), PartialDate.OfYear(2025).Coarsen(DatePrecision.Day));
        Assert.Equal(PartialDate.Unknown, day.Coarsen(DatePrecision.Unknown));
    }

    [Fact]
    public void Month_spans_its_days()
    {
        var february = PartialDate.OfMonth(2024, 2);
        Assert.Equal(new DateOnly(2024, 2, 1), february.EarliestDay);
        Assert.Equal(new DateOnly(2024, 2, 29), february.LatestDay);
        Assert.Null(PartialDate.Unknown.EarliestDay);
    }
}
