using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

/// <summary>
/// A year that describes a noun ("the 1992 provision", "ההגבלה משנת 1992") says when that thing began; only a time
/// adverbial of the trigger ("in 1992", "ב-1992", "בשנת 1992") dates the reported act.
/// </summary>
public class AttributiveYearTests
{
    private static readonly EventExtractor Extractor = EventExtractor.CreateDefault();

    // Published Saturday 9 August 2025.
    private static readonly DateOnly Published = new(2025, 8, 9);

    [Theory]
    // attributive: inside the noun phrase of the object or statute
    [InlineData("Trump extended a waiver of Section 907, the 1992 provision that bars aid.", "extended", false)]
    [InlineData("Trump waived the law of 1992.", "waived", false)]
    [InlineData("Trump extended the waiver on aid curbs imposed in 1992.", "extended", false)]
    [InlineData("Trump extended the waiver of Section 907, which Congress passed in 1992.", "extended", false)]
    [InlineData("Trump extended the waiver of Section 907 – a ban introduced in 1992.", "extended", false)]
    [InlineData("Trump extended the waiver of a restriction in force since 1992.", "extended", false)]
    [InlineData("ישראל צריכה לקרוא לבטל את סעיף 907 – ההגבלה משנת 1992 על סיוע לבאקו.", "צריכה לקרוא", false)]
    [InlineData("טראמפ חתם על ויתור על החוק מ-1992.", "חתם", false)]
    [InlineData("טראמפ האריך את הוויתור על ההגבלות שהוטלו ב-1992.", "האריך", false)]
    [InlineData("טראמפ האריך את הוויתור על סעיף 907 – הגבלה שנכנסה לתוקף ב-1992.", "האריך", false)]
    // adverbial: when the trigger's own act happened
    [InlineData("Congress adopted Section 907 in 1992.", "adopted", true)]
    [InlineData("The law was passed in 1992.", "passed", true)]
    [InlineData("In 1992, Congress adopted Section 907.", "adopted", true)]
    [InlineData("Section 907, which Congress passed in 1992, restricts aid.", "passed", true)]
    [InlineData("סעיף 907 נחקק ב-1992.", "נחקק", true)]
    [InlineData("סעיף 907, שנחקק ב-1992, מגביל את הסיוע.", "שנחקק", true)]
    [InlineData("טראמפ חתם בשנת 2019 על הסכם עם אלייב.", "חתם", true)]
    [InlineData("טראמפ חתם ב-2019 על הסכם.", "חתם", true)]
    public void A_year_dates_the_trigger_only_as_its_adverbial(string sentence, string trigger, bool adverbial)
    {
        var year = Assert.Single(DateFinder.Find(sentence, Published, publishedIsEstimated: false),
            d => d.Kind is DateMentionKind.Year or DateMentionKind.Since);
        var start = sentence.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0);

        Assert.Equal(adverbial, YearRole.IsAdverbialOf(sentence, WordTokenizer.Tokenize(sentence), year, start, start + trigger.Length));
    }

    [Theory]
    // the waiver or the call to repeal is today's news, not 1992's
    [InlineData("en", "Trump extended a waiver of Section 907, the 1992 provision that bars aid to Azerbaijan.", "extended a waiver", "2025-08-09")]
    [InlineData("en", "Trump extended the waiver on aid curbs imposed in 1992.", "extended the waiver", "2025-08-09")]
    [InlineData("en", "Trump extended the waiver of Section 907, which Congress passed in 1992.", "extended the waiver", "2025-08-09")]
    [InlineData("en", "Trump extended the waiver of Section 907 - a ban on aid to Baku introduced in 1992.", "extended the waiver", "2025-08-09")]
    [InlineData("en", "Congress should repeal the 1992 restriction on aid to Baku.", "should", "2025-08-09")]
    [InlineData("he", "שנית, ישראל צריכה לקרוא לידידיה בקונגרס לבטל אחת ולתמיד את סעיף 907 – ההגבלה משנת 1992 על סיוע אמריקני לבאקו.", "צריכה לקרוא", "2025-08-09")]
    [InlineData("he", "טראמפ האריך את הוויתור על ההגבלות שהוטלו ב-1992 על הסיוע לבאקו.", "הוויתור", "2025-08-09")]
    [InlineData("he", "טראמפ חתם על ויתור על החוק מ-1992.", "חתם", "2025-08-09")]
    [InlineData("he", "טראמפ האריך את הוויתור על סעיף 907 – הגבלה שנכנסה לתוקף ב-1992.", "הוויתור", "2025-08-09")]
    // an adverbial year still dates the act
    [InlineData("en", "Section 907 was enacted in 1992 and restricts aid to Azerbaijan.", "enacted", "1992")]
    [InlineData("he", "סעיף 907, שנחקק ב-1992, מגביל את הסיוע לאזרבייג'ן.", "שנחקק", "1992")]
    [InlineData("he", "טראמפ חתם ב-2019 על הסכם עם אלייב.", "חתם", "2019")]
    public void The_reported_act_is_dated_by_its_adverbial_or_else_by_the_article(string language, string sentence, string trigger, string date)
    {
        var events = Extractor.Extract("", sentence, language, Published, publishedIsEstimated: false).Events;

        Assert.Equal(date, Assert.Single(events, e => e.Trigger == trigger).Date.Format());
    }

    [Theory]
    [InlineData("en", "Congress adopted Section 907 in 1992.")]
    [InlineData("en", "Section 907 was passed in 1992.")]
    [InlineData("en", "Trump extended a waiver of Section 907, the 1992 provision that bars aid to Azerbaijan.")]
    [InlineData("he", "סעיף 907 נחקק ב-1992.")]
    [InlineData("he", "סעיף 907 מגביל מאז 1992 את הסיוע לאזרבייג'ן.")]
    [InlineData("he", "טראמפ האריך את הוויתור על סעיף 907 – ההגבלה משנת 1992.")]
    public void The_law_itself_keeps_its_year_of_enactment(string language, string sentence)
    {
        var events = Extractor.Extract("", sentence, language, Published, publishedIsEstimated: false).Events;

        var law = Assert.Single(events, e => e.Type == EventType.Legislation && e.Date == PartialDate.OfYear(1992));
        Assert.Equal("section-907", law.StatuteKey);
        Assert.Equal(DatePrecision.Year, law.Date.Precision);
        Assert.Contains(law.Actors, a => a.Key == "us-congress");
    }
}
