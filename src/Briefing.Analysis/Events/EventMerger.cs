using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>One source of a merged event: the article it came from and what was extracted there.</summary>
public sealed record EventSource(string ArticleId, ExtractedEvent Event);

/// <summary>An event reported by one or more sources (possibly in different languages).</summary>
public sealed record MergedEvent(
    EventType Type,
    PartialDate Date,
    IReadOnlyList<EventActor> Actors,
    string? Place,
    string Summary,
    IReadOnlyList<EventSource> Sources);

/// <summary>
/// Decides when two reports are the same event: same type, dates that can denote the same day (within
/// <see cref="DayWindow"/> days, at the coarser of the two precisions), overlapping actors, and no clash of instrument
/// (a memorandum and a declaration signed the same day stay two events). Deterministic, so the web app can run the
/// same test against stored events: look candidates up by <see cref="BucketKeys"/>, then call <see cref="AreSame"/>.
/// </summary>
public sealed class EventMerger(int dayWindow = 2)
{
    /// <summary>How many days apart two day-precise reports of one event may be (time zones, "late on Friday").</summary>
    public int DayWindow { get; } = dayWindow;

    /// <summary>
    /// A score in [0, 1]: 0 when type, date or instrument rule the pair out or no actor is shared; otherwise the share of
    /// actors in common (people and organizations counting double, since states are shared by many unrelated events).
    /// </summary>
    public double Similarity(EventSignature a, EventSignature b)
    {
        if (a.Type != b.Type || !DatesCompatible(a.Date, b.Date))
            return 0;
        if (a.Instrument is not null && b.Instrument is not null && a.Instrument != b.Instrument)
            return 0;
        if (a.ActorKeys.Count == 0 || b.ActorKeys.Count == 0)
            return 0;
        double Weight(string key) => IsStateKey(key) ? 1 : 2;
        var shared = a.ActorKeys.Intersect(b.ActorKeys, StringComparer.Ordinal).Sum(Weight);
        var all = a.ActorKeys.Union(b.ActorKeys, StringComparer.Ordinal).Sum(Weight);
        return shared / all;
    }

    /// <summary>
    /// True when the two signatures describe one event. Shared people or organizations suffice; states alone must be
    /// at least two in common, and never suffice for recommendations or two undated reports. A report with an unknown
    /// date and one with a known date need two shared people or organizations.
    /// </summary>
    public bool AreSame(EventSignature a, EventSignature b)
    {
        if (Similarity(a, b) <= 0)
            return false;
        var shared = a.ActorKeys.Intersect(b.ActorKeys, StringComparer.Ordinal).ToList();
        var sharedNonStates = shared.Count(k => !IsStateKey(k));
        var unknown = a.Date.Precision == DatePrecision.Unknown || b.Date.Precision == DatePrecision.Unknown;
        if (unknown && !(a.Date.Precision == b.Date.Precision))
            return sharedNonStates >= 2;
        // Advice is told apart by who gives it; undated reports have only their people to go by.
        if (a.Type == EventType.Recommendation || unknown)
            return sharedNonStates >= 1;
        return sharedNonStates >= 1 || shared.Count >= 2;
    }

    /// <summary>
    /// Keys under which to file and look up an event so that every possible match shares at least one key:
    /// "type|YYYY-MM" for day and month dates (plus the neighbouring month near a month's edge), "type|YYYY" for
    /// years, "type|unknown" for unknown dates. Compare the candidates with <see cref="AreSame"/>.
    /// </summary>
    public IReadOnlyList<string> BucketKeys(EventType type, PartialDate date)
    {
        var name = type.ToName();
        switch (date.Precision)
        {
            case DatePrecision.Day:
                var day = date.EarliestDay!.Value;
                return new[] { day.AddDays(-DayWindow), day, day.AddDays(DayWindow) }
                    .Select(d => $"{name}|{d:yyyy-MM}").Distinct().ToList();
            case DatePrecision.Month:
                return [$"{name}|{date.Format()}"];
            case DatePrecision.Year:
                return [$"{name}|{date.Format()}"];
            default:
                return [$"{name}|unknown"];
        }
    }

    /// <summary>
    /// Merges reports from many articles into events with several sources; two events of one article never merge.
    /// The input is ordered (most precise date first, then article id) before grouping, so the result does not depend on input order.
    /// </summary>
    public IReadOnlyList<MergedEvent> Merge(IEnumerable<EventSource> sources)
    {
        var ordered = sources
            .OrderBy(s => s.Event.Date.Precision)
            .ThenBy(s => s.Event.Date.EarliestDay ?? DateOnly.MaxValue)
            .ThenBy(s => s.ArticleId, StringComparer.Ordinal)
            .ThenBy(s => s.Event.QuoteStart)
            .ToList();
        var groups = new List<(EventSignature Signature, List<EventSource> Members)>();
        foreach (var source in ordered)
        {
            var signature = EventSignature.Of(source.Event);
            // Extraction already kept one article's events apart; only other articles can add sources.
            var match = groups.FindIndex(g => g.Members.All(m => m.ArticleId != source.ArticleId) && AreSame(g.Signature, signature));
            if (match < 0)
            {
                groups.Add((signature, [source]));
                continue;
            }
            var (existing, members) = groups[match];
            members.Add(source);
            groups[match] = (existing with
            {
                ActorKeys = existing.ActorKeys.Union(signature.ActorKeys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                Instrument = existing.Instrument ?? signature.Instrument,
            }, members);
        }
        return groups.Select(g => ToMerged(g.Members)).ToList();
    }

    private static MergedEvent ToMerged(List<EventSource> members)
    {
        // The most precise report dates the event; the first report with a place places it.
        var lead = members[0].Event;
        var actors = members.SelectMany(m => m.Event.Actors).DistinctBy(a => a.Key).ToList();
        var place = members.Select(m => m.Event.Place).FirstOrDefault(p => p is not null);
        return new MergedEvent(lead.Type, lead.Date, actors, place, lead.Summary, members);
    }

    /// <summary>
    /// Merges repeated reports of one event inside a single article: the lead and a later paragraph, or an undated
    /// mention ("The United States has again waived…") and the sentence that dates it ("signed in late March").
    /// </summary>
    internal static IReadOnlyList<ExtractedEvent> MergeWithinArticle(List<ExtractedEvent> events, IReadOnlyDictionary<string, ActorDefinition> actors)
    {
        // A merge can make an event match one it did not match before (it gained a date or people): repeat until stable.
        var current = events;
        while (true)
        {
            var next = MergeOnce(current, actors);
            if (next.Count == current.Count)
                return next;
            current = next;
        }
    }

    private static List<ExtractedEvent> MergeOnce(List<ExtractedEvent> events, IReadOnlyDictionary<string, ActorDefinition> actors)
    {
        var merged = new List<ExtractedEvent>();
        var instruments = new Dictionary<ExtractedEvent, string?>(ReferenceEqualityComparer.Instance);
        string? InstrumentOf(ExtractedEvent e)
        {
            if (!instruments.TryGetValue(e, out var instrument))
                instruments[e] = instrument = Instruments.Of(e);
            return instrument;
        }
        foreach (var e in events)
        {
            var index = e.Type == EventType.Recommendation ? -1 : merged.FindIndex(m => SameInArticle(m, e, actors, InstrumentOf));
            if (index < 0)
            {
                merged.Add(e);
                continue;
            }
            var first = merged[index];
            var lead = !first.DateFromSentence && e.DateFromSentence ? e : first;
            var allActors = lead.Actors.Concat(first.Actors).Concat(e.Actors).DistinctBy(a => a.Key).ToList();
            var place = lead.Place ?? first.Place ?? e.Place;
            var replaced = lead with
            {
                Actors = allActors,
                Place = place,
                StatuteKey = lead.StatuteKey ?? first.StatuteKey ?? e.StatuteKey,
                Summary = EventSummary.Write(lead.Type, allActors, place, lead.Recommendation, lead.Trigger, EventSummary.LegalReferenceOf(lead), InstrumentOf(lead)),
            };
            instruments[replaced] = InstrumentOf(lead);
            merged[index] = replaced;
        }
        return merged;
    }

    private static bool SameInArticle(ExtractedEvent a, ExtractedEvent b, IReadOnlyDictionary<string, ActorDefinition> actors,
        Func<ExtractedEvent, string?> instrumentOf)
    {
        if (a.Type != b.Type || (a.QuoteStart == b.QuoteStart && a.QuoteField == b.QuoteField))
            return false;
        var ia = instrumentOf(a);
        var ib = instrumentOf(b);
        if (ia is not null && ib is not null && ia != ib)
            return false;
        var sameInstrument = ia is not null && ia == ib;
        bool datesFit;
        if (a.Date == b.Date)
            datesFit = true;
        else if (a.DateFromSentence != b.DateFromSentence)
            datesFit = UndatedFollowsDated(a.DateFromSentence ? b.Date : a.Date, a.DateFromSentence ? a.Date : b.Date);
        else
            return false;
        if (!datesFit)
            return false;

        var shared = a.Actors.Select(x => x.Key).Intersect(b.Actors.Select(x => x.Key), StringComparer.Ordinal).ToList();
        var sharedNonStates = shared.Count(k => !IsStateKey(k));
        if (sharedNonStates >= 1 || shared.Count >= 2)
            return true;
        if (!sameInstrument)
            return false;
        // The same kind of instrument the same day, by a person and the body or state they belong to
        // ("parliament approved the law… Aliyev signed the law"), or about the same tracked statute.
        if (a.StatuteKey is not null && a.StatuteKey == b.StatuteKey)
            return true;
        var ea = Expand(a, actors);
        var eb = Expand(b, actors);
        return ea.Overlaps(eb);
    }

    // An undated mention in a news item reports something recent: it can be the dated event if that lies up to a month earlier.
    private static bool UndatedFollowsDated(PartialDate undated, PartialDate dated)
    {
        if (undated.Precision == DatePrecision.Unknown || dated.Precision == DatePrecision.Unknown)
            return false;
        var undatedDay = undated.LatestDay!.Value.DayNumber;
        return dated.EarliestDay!.Value.DayNumber <= undatedDay && undatedDay - dated.LatestDay!.Value.DayNumber <= 31;
    }

    private static HashSet<string> Expand(ExtractedEvent e, IReadOnlyDictionary<string, ActorDefinition> actors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in e.Actors)
        {
            keys.Add(a.Key);
            if (actors.TryGetValue(a.Key, out var definition) && definition.AffiliationKey is not null)
                keys.Add(definition.AffiliationKey);
        }
        return keys;
    }

    private static bool DatesCompatible(PartialDate a, PartialDate b)
    {
        if (a.Precision == DatePrecision.Unknown || b.Precision == DatePrecision.Unknown)
            return true;
        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day)
            return Math.Abs(a.EarliestDay!.Value.DayNumber - b.EarliestDay!.Value.DayNumber) <= 2;
        // At the coarser precision the two must overlap.
        return a.EarliestDay <= b.LatestDay && b.EarliestDay <= a.LatestDay;
    }

    private static bool IsStateKey(string key) => StateKeys.Contains(key);

    private static readonly HashSet<string> StateKeys = SeedActors.All.Where(a => a.Kind == ActorKind.State).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
}
