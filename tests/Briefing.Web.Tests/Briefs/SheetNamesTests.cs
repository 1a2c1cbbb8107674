using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Tests.Briefs;

public class SheetNamesTests
{
    private const string LongHebrew = "יחסי ישראל אזרבייג'ן וארצות הברית בתחומי האנרגיה והביטחון";

    [Fact]
    public void Long_hebrew_names_that_collide_after_truncation_become_unique_valid_names()
    {
        var names = new SheetNames();
        var first = names.Allocate(LongHebrew + " — חלק א");
        var second = names.Allocate(LongHebrew + " — חלק ב");
        var third = names.Allocate(LongHebrew);

        Assert.Equal(3, new[] { first, second, third }.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All([first, second, third], n => Assert.InRange(n.Length, 1, 31));
        Assert.StartsWith("יחסי ישראל", second);
        Assert.EndsWith("(2)", second);
        Assert.EndsWith("(3)", third);
    }

    [Fact]
    public void Forbidden_characters_and_edge_apostrophes_are_removed()
    {
        var names = new SheetNames();

        Assert.Equal("איראן גרעין", names.Allocate("איראן / גרעין"));
        Assert.Equal("a b c d e f g", names.Allocate("a[b]c:d*e?f/g"));
        Assert.Equal("a b", names.Allocate("a\\b"));
        Assert.Equal("ציטוט", names.Allocate("'ציטוט'"));
        Assert.Equal("אזרבייג'ן", names.Allocate("אזרבייג'ן"));
    }

    [Fact]
    public void Empty_or_unusable_names_use_the_fallback()
    {
        var names = new SheetNames();

        Assert.Equal("section-907", names.Allocate("  [*]  ", "section-907"));
        Assert.Equal("Sheet", names.Allocate(null, ""));
    }

    [Fact]
    public void Names_are_unique_ignoring_case_and_history_is_reserved()
    {
        var names = new SheetNames();

        Assert.Equal("Summary", names.Allocate("Summary"));
        Assert.Equal("summary (2)", names.Allocate("summary"));
        Assert.Equal("History (2)", names.Allocate("History"));
    }

    [Fact]
    public void Truncation_keeps_hebrew_vowel_marks_with_their_letter()
    {
        // 30 letters then a letter with two combining marks (shin + shin dot + qamats): a cut inside it would orphan the marks.
        var name = new string('א', 30) + "שׁ\u05B8" + "ב";
        var allocated = new SheetNames().Allocate(name);

        Assert.Equal(new string('א', 30), allocated);
    }

    [Fact]
    public void Workbook_with_colliding_topic_names_opens_with_every_topic_sheet()
    {
        var document = BriefSamples.Hebrew();
        var topics = new[] { "א", "ב", "ג" }
            .Select((suffix, i) => document.Topics[i] with { Name = LongHebrew + " " + suffix })
            .Append(document.Topics[0] with { Name = "Summary" })
            .ToList();
        using var workbook = WorkbookTestHelpers.Render(document with { Topics = topics });

        var names = workbook.Worksheets.Select(s => s.Name).ToList();
        Assert.Equal(8, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal("Summary", names[0]);
        Assert.Equal("Summary (2)", names[4]);
    }
}
