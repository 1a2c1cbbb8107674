using Briefing.Web.Features.Briefs;
using Briefing.Web.Features.Briefs.Workbook;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Web.Tests.Briefs;

public class BriefDraftTests
{
    private static BriefEvent Event(string id) => new() { Id = id, Type = "meeting", Summary = "event " + id, Date = new DateOnly(2025, 8, 4) };

    private static BriefDocument Composed(string week, params string[] eventIds) => new()
    {
        Week = week, From = new DateOnly(2025, 8, 3), To = new DateOnly(2025, 8, 9), Language = "en", Author = "composer",
        Topics = [new BriefTopicSection { Slug = "iran", Name = "Iran", Events = [.. eventIds.Select(Event)], ThisWeek = new BriefCounts { Events = eventIds.Length } }],
        Changes = [new BriefChange { Kind = BriefChangeKind.New, EventId = "1", Topic = "Iran" }],
    };

    [Fact]
    public void The_document_holds_only_ticked_items_in_the_chosen_order_with_the_texts_and_the_saving_author()
    {
        var draft = BriefDraft.From(Composed("2025-W32", "1", "2", "3"));
        var topic = draft.Topics.Single();
        topic.Events[0].Included = false;
        BriefDraft.Move(topic.Events, 2, -1);
        BriefDraft.Move(topic.Events, 0, -1); // at the top: nothing happens
        topic.BottomLine = "  Bottom line  ";
        draft.OverallSummary = "Summary";
        draft.Changes[0].Included = false;

        var at = new DateTime(2025, 8, 10, 8, 0, 0, DateTimeKind.Utc);
        var document = draft.ToDocument("saver@briefing.test", at);
        Assert.Equal(["3", "2"], document.Topics.Single().Events.Select(e => e.Id));
        Assert.Equal("Bottom line", document.Topics.Single().BottomLine);
        Assert.Equal("Summary", document.OverallSummary);
        Assert.Equal("saver@briefing.test", document.Author);
        Assert.Equal(at, document.GeneratedAtUtc);
        Assert.Empty(document.Changes);
        Assert.Equal(3, document.Topics.Single().ThisWeek.Events);
    }

    [Fact]
    public void Composing_the_same_week_again_keeps_ticks_order_and_texts_and_adds_new_items_after_them()
    {
        var earlier = BriefDraft.From(Composed("2025-W32", "1", "2", "3"));
        var old = earlier.Topics.Single();
        old.Events[1].Included = false;
        BriefDraft.Move(old.Events, 2, -1);
        BriefDraft.Move(old.Events, 1, -1); // 3, 1, 2
        old.BottomLine = "kept";
        earlier.OverallSummary = "kept too";

        var again = BriefDraft.From(Composed("2025-W32", "1", "2", "4", "3"));
        again.KeepEditsFrom(earlier);
        var topic = again.Topics.Single();
        Assert.Equal(["3", "1", "2", "4"], topic.Events.Select(e => e.Value.Id));
        Assert.Equal([true, true, false, true], topic.Events.Select(e => e.Included));
        Assert.Equal("kept", topic.BottomLine);
        Assert.Equal("kept too", again.OverallSummary);

        var otherWeek = BriefDraft.From(Composed("2025-W33", "1", "2"));
        otherWeek.KeepEditsFrom(earlier);
        Assert.Equal("", otherWeek.Topics.Single().BottomLine);
        Assert.All(otherWeek.Topics.Single().Events, e => Assert.True(e.Included));
    }

    [Fact]
    public void A_stored_draft_is_given_only_to_its_owner_and_only_for_a_while()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 13, 9, 0, 0, TimeSpan.Zero));
        var store = new BriefDraftStore(clock);
        var key = BriefDraftStore.NewKey();
        Assert.NotEqual(key, BriefDraftStore.NewKey());
        var document = Composed("2025-W32", "1");
        store.Put(key, document, "owner@briefing.test");

        Assert.Same(document, store.Get(key, "owner@briefing.test"));
        Assert.Null(store.Get(key, "someone-else@briefing.test"));
        Assert.Null(store.Get(BriefDraftStore.NewKey(), "owner@briefing.test"));

        var edited = document with { OverallSummary = "edited" };
        store.Put(key, edited, "owner@briefing.test");
        Assert.Same(edited, store.Get(key, "owner@briefing.test"));

        clock.Advance(BriefDraftStore.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(store.Get(key, "owner@briefing.test"));
    }
}
