using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Features.Briefs;

/// <summary>One line of a draft list: staff untick it to leave it out of the brief.</summary>
public sealed class DraftItem<T>(T value, bool included = true)
{
    public T Value { get; } = value;
    public bool Included { get; set; } = included;
}

public sealed class BriefDraftTopic(BriefTopicSection section)
{
    /// <summary>The composed section: slug, name and this/previous week counts (the counts describe the week, not the selection).</summary>
    public BriefTopicSection Section { get; } = section;
    public List<DraftItem<BriefEvent>> Events { get; } = [.. section.Events.Select(e => new DraftItem<BriefEvent>(e))];
    public List<DraftItem<BriefRecommendation>> Recommendations { get; } = [.. section.Recommendations.Select(r => new DraftItem<BriefRecommendation>(r))];
    public List<DraftItem<BriefArticle>> Articles { get; } = [.. section.Articles.Select(a => new DraftItem<BriefArticle>(a))];
    public string BottomLine { get; set; } = section.BottomLine;
}

/// <summary>
/// The composer page's editable brief: what <see cref="BriefComposer.ComposeAsync"/> gathered (or a saved snapshot),
/// with staff's ticks, order, bottom lines and summary. <see cref="ToDocument"/> gives what is previewed and saved.
/// </summary>
public sealed class BriefDraft
{
    private BriefDraft(BriefDocument composed)
    {
        Composed = composed;
        Topics = [.. composed.Topics.Select(t => new BriefDraftTopic(t))];
        Changes = [.. composed.Changes.Select(c => new DraftItem<BriefChange>(c))];
        OverallSummary = composed.OverallSummary;
    }

    public BriefDocument Composed { get; }
    public List<BriefDraftTopic> Topics { get; }
    public List<DraftItem<BriefChange>> Changes { get; }
    public string OverallSummary { get; set; }
    public bool IsHebrew => Composed.Language == "he";

    public static BriefDraft From(BriefDocument document) => new(document);

    /// <summary>The brief as staff left it: only ticked items, in their order.</summary>
    public BriefDocument ToDocument(string author, DateTime generatedAtUtc) => Composed with
    {
        Author = author,
        GeneratedAtUtc = generatedAtUtc,
        OverallSummary = OverallSummary.Trim(),
        Topics = [.. Topics.Select(t => t.Section with
        {
            BottomLine = t.BottomLine.Trim(),
            Events = Included(t.Events),
            Recommendations = Included(t.Recommendations),
            Articles = Included(t.Articles),
        })],
        Changes = Included(Changes),
    };

    /// <summary>
    /// Re-composing the same week keeps what staff already did: known items keep their tick and place, new ones come
    /// after them ticked, and bottom lines and the summary stay.
    /// </summary>
    public void KeepEditsFrom(BriefDraft? earlier)
    {
        if (earlier is null || earlier.Composed.Week != Composed.Week)
            return;
        OverallSummary = earlier.OverallSummary;
        foreach (var topic in Topics)
        {
            var before = earlier.Topics.FirstOrDefault(t => t.Section.Slug == topic.Section.Slug);
            if (before is null)
                continue;
            topic.BottomLine = before.BottomLine;
            Merge(topic.Events, before.Events, e => e.Id);
            Merge(topic.Recommendations, before.Recommendations, r => r.Id);
            Merge(topic.Articles, before.Articles, a => a.Id);
        }
        Merge(Changes, earlier.Changes, c => c.EventId is null ? null : $"{c.Kind}:{c.EventId}");
    }

    /// <summary>Moves the item at <paramref name="index"/> by <paramref name="delta"/> places; nothing happens at the ends.</summary>
    public static void Move<T>(List<T> list, int index, int delta)
    {
        var target = index + delta;
        if (index < 0 || index >= list.Count || target < 0 || target >= list.Count)
            return;
        (list[index], list[target]) = (list[target], list[index]);
    }

    private static List<T> Included<T>(List<DraftItem<T>> items) => [.. items.Where(i => i.Included).Select(i => i.Value)];

    private static void Merge<T>(List<DraftItem<T>> now, List<DraftItem<T>> before, Func<T, string?> key)
    {
        var position = before.Select((item, index) => (Key: key(item.Value), item.Included, index))
            .Where(x => x.Key is not null).DistinctBy(x => x.Key).ToDictionary(x => x.Key!, x => (x.Included, x.index));
        var ordered = now.Select((item, index) => (item, index))
            .OrderBy(x => key(x.item.Value) is { } k && position.ContainsKey(k) ? 0 : 1)
            .ThenBy(x => key(x.item.Value) is { } k && position.TryGetValue(k, out var p) ? p.index : x.index)
            .Select(x => x.item).ToList();
        foreach (var item in ordered)
            if (key(item.Value) is { } k && position.TryGetValue(k, out var p))
                item.Included = p.Included;
        now.Clear();
        now.AddRange(ordered);
    }
}
