using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Briefs;
using Briefing.Web.Features.Briefs.Workbook;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Briefs;

/// <summary>The composer page against a real database holding one week of Section 907 events (the clock is Wed 2025-08-13).</summary>
public class BriefComposePageTests : BriefingComponentTest
{
    private int meetingId, statementId, legislationId;

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton<TopicService>();
        services.AddSingleton<BriefComposer>();
        services.AddSingleton<BriefDraftStore>();
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        AddAuthorization().SetAuthorized("analyst@briefing.test").SetRoles("Staff");
        await using var db = Database.CreateDbContext();
        var topic = db.Topics.Single(t => t.Slug == "section-907");
        var article = new Article
        {
            Title = "Section 907 waiver at the White House", Text = "t", Language = "en", ContentHash = "h1", SourceName = "Wire",
            Url = "https://example.test/907", PublishedAt = new DateTime(2025, 8, 8, 12, 0, 0, DateTimeKind.Utc), PublishedDate = new DateOnly(2025, 8, 8), ImportedAt = DateTime.UtcNow,
        };
        article.Topics.Add(new ArticleTopic { Topic = topic, PublishedAt = article.PublishedAt, EvidenceJson = "[]" });
        db.Articles.Add(article);
        Event Add(EventType type, int day, string summary)
        {
            var ev = new Event { Type = type, Year = 2025, Month = 8, Day = day, Precision = DatePrecision.Day, Summary = summary, SortDate = new DateTime(2025, 8, day, 0, 0, 0, DateTimeKind.Utc) };
            ev.Topics.Add(new EventTopic { Topic = topic, SortDate = ev.SortDate });
            ev.Sources.Add(new EventSource { Article = article, Quote = "quote" });
            db.Events.Add(ev);
            return ev;
        }
        var meeting = Add(EventType.Meeting, 5, "Envoys meet in Baku");
        var statement = Add(EventType.Statement, 6, "Senator criticises the waiver");
        var legislation = Add(EventType.Legislation, 8, "Section 907 waived at the White House summit");
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        (meetingId, statementId, legislationId) = (meeting.Id, statement.Id, legislation.Id);
    }

    private BriefComposer Composer => Services.GetRequiredService<BriefComposer>();

    private IRenderedComponent<BriefComposePage> ComposeSection907(string language)
    {
        var page = RenderInteractive<BriefComposePage>();
        page.WaitForElement("[data-testid=compose]");
        Assert.Contains("2025-W32", page.Find("[data-testid=week-label]").TextContent);
        // Only Section 907: untick the other topics.
        foreach (var slug in new[] { "israel-azerbaijan-us", "iran" })
            page.Find($"[data-testid=topic-chip-{slug}]").Click();
        page.Find($"[data-testid=language-{language}]").Click();
        page.Find("[data-testid=compose]").Click();
        page.WaitForElement("[data-testid=draft-topic-section-907]");
        return page;
    }

    private async Task<BriefDocument> SaveAndReadBackAsync(IRenderedComponent<BriefComposePage> page)
    {
        page.Find("[data-testid=save-brief]").Click();
        page.WaitForAssertion(() => Assert.EndsWith("/briefs?saved=1", Services.GetRequiredService<NavigationManager>().Uri));
        var saved = await Composer.ListAsync(cancellationToken: Xunit.TestContext.Current.CancellationToken);
        return (await Composer.DocumentAsync(Assert.Single(saved).Id, Xunit.TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task An_unticked_event_is_left_out_of_the_saved_brief_and_the_bottom_line_is_kept()
    {
        UseCulture("en-US");
        var page = ComposeSection907("en");
        Assert.Equal(3, page.FindAll("[data-testid^=events-section-907-][data-included]").Count);

        page.Find($"[data-testid=events-section-907-{statementId}] input[type=checkbox]").Change(false);
        page.WaitForAssertion(() => Assert.Equal("false", page.Find($"[data-testid=events-section-907-{statementId}]").GetAttribute("data-included")));
        Assert.Contains("2 of 3 included", page.Find("[data-testid=events-section-907-count]").TextContent);
        page.Find("[data-testid=bottom-line-section-907]").Change("The waiver stands; watch Congress.");

        var document = await SaveAndReadBackAsync(page);
        var section = Assert.Single(document.Topics);
        Assert.Equal([meetingId.ToString(), legislationId.ToString()], section.Events.Select(e => e.Id));
        Assert.Equal("The waiver stands; watch Congress.", section.BottomLine);
        Assert.Equal("analyst@briefing.test", document.Author);
        // The counts describe the week, not the selection.
        Assert.Equal(3, section.ThisWeek.Events);
    }

    [Fact]
    public async Task Reordering_moves_an_event_and_the_saved_brief_keeps_that_order()
    {
        UseCulture("en-US");
        var page = ComposeSection907("en");
        Assert.True(page.Find($"[data-testid=events-section-907-{meetingId}-up]").HasAttribute("disabled"));
        page.Find($"[data-testid=events-section-907-{legislationId}-up]").Click();
        page.Find($"[data-testid=events-section-907-{legislationId}-up]").Click();
        var rows = page.FindAll("[data-testid^=events-section-907-][data-included]").Select(r => r.GetAttribute("data-testid")).ToList();
        Assert.Equal([$"events-section-907-{legislationId}", $"events-section-907-{meetingId}", $"events-section-907-{statementId}"], rows);

        page.Find("[data-testid=overall-summary]").Change("A quiet week but for the waiver.");
        var document = await SaveAndReadBackAsync(page);
        Assert.Equal([legislationId.ToString(), meetingId.ToString(), statementId.ToString()], document.Topics.Single().Events.Select(e => e.Id));
        Assert.Equal("A quiet week but for the waiver.", document.OverallSummary);
    }

    [Fact]
    public async Task A_hebrew_brief_is_laid_out_right_to_left_with_hebrew_topic_names_even_from_the_english_interface()
    {
        UseCulture("en-US");
        var page = ComposeSection907("he");
        var draft = page.Find("[data-testid=brief-draft]");
        Assert.Equal("rtl", draft.GetAttribute("dir"));
        Assert.Equal("סעיף 907", page.Find("[data-testid=draft-topic-section-907] [data-testid=topic-heading]").TextContent.Trim());

        var document = await SaveAndReadBackAsync(page);
        Assert.Equal("he", document.Language);
        var sheets = OpenpyxlReader.Read(Composer.Render(document)).GetProperty("sheets").EnumerateArray().ToList();
        Assert.All(sheets, s => Assert.True(s.GetProperty("rtl").GetBoolean(), $"{s.GetProperty("name")} should be right-to-left"));
    }

    [Fact]
    public void The_hebrew_interface_defaults_to_a_hebrew_brief_of_all_topics_and_the_week_picker_moves_by_weeks()
    {
        UseCulture("he-IL");
        var page = RenderInteractive<BriefComposePage>();
        page.WaitForElement("[data-testid=compose]");
        Assert.All(page.FindAll("[data-testid^=topic-chip-]"), chip => Assert.Equal("true", chip.GetAttribute("data-selected")));
        Assert.Contains("2025-W32", page.Find("[data-testid=week-label]").TextContent);
        page.Find("[data-testid=week-previous]").Click();
        Assert.Contains("2025-W31", page.Find("[data-testid=week-label]").TextContent);
        page.Find("[data-testid=week-next]").Click();
        page.Find("[data-testid=week-next]").Click();
        Assert.Contains("2025-W33", page.Find("[data-testid=week-label]").TextContent);
        page.Find("[data-testid=week-previous]").Click();

        page.Find("[data-testid=compose]").Click();
        page.WaitForElement("[data-testid=brief-draft]");
        Assert.Equal("rtl", page.Find("[data-testid=brief-draft]").GetAttribute("dir"));
        Assert.Equal(3, page.FindAll("[data-testid^=draft-topic-]").Count);
        Assert.Contains("חקיקה", page.Find("[data-testid=draft-topic-section-907]").TextContent);
    }

    [Fact]
    public async Task A_new_version_starts_from_the_saved_snapshot_with_its_selection_order_and_texts()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var composed = await Composer.ComposeAsync(new BriefRequest(BriefWeek.Of(2025, 32, DayOfWeek.Sunday), ["section-907"], "en", "someone"), ct);
        var section = composed.Topics.Single();
        var edited = composed with
        {
            OverallSummary = "Earlier summary",
            Topics = [section with { BottomLine = "Earlier bottom line", Events = [.. section.Events.Reverse().Where(e => e.Id != meetingId.ToString())] }],
        };
        var firstId = await Composer.SaveAsync(edited, new Features.Audit.CurrentUser(null, "someone"), cancellationToken: ct);

        UseCulture("en-US");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/briefs/compose?from={firstId}");
        var page = RenderInteractive<BriefComposePage>();
        page.WaitForElement("[data-testid=brief-draft]");
        Assert.Contains($"#{firstId}", page.Find("h1").TextContent);
        Assert.Equal("Earlier bottom line", page.Find("[data-testid=bottom-line-section-907]").GetAttribute("value"));
        var rows = page.FindAll("[data-testid^=events-section-907-][data-included]").Select(r => r.GetAttribute("data-testid")).ToList();
        Assert.Equal([$"events-section-907-{legislationId}", $"events-section-907-{statementId}"], rows);

        page.Find("[data-testid=save-brief]").Click();
        page.WaitForAssertion(() => Assert.Contains("saved=2", Services.GetRequiredService<NavigationManager>().Uri));
        var list = await Composer.ListAsync(cancellationToken: ct);
        Assert.Equal(firstId, list.Single(b => b.Id != firstId).BasedOnId);
        var second = (await Composer.DocumentAsync(list.Single(b => b.Id != firstId).Id, ct))!;
        Assert.Equal("Earlier summary", second.OverallSummary);
        Assert.Equal("analyst@briefing.test", second.Author);
    }
}
