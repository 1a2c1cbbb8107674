using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>
/// Extracts dated events from one article, sentence by sentence, in Hebrew or English. Build it once from the
/// gazetteer (and optionally a trigger lexicon) and reuse it: it keeps no per-article state and is thread-safe.
/// </summary>
public sealed class EventExtractor
{
    private static readonly HashSet<string> BackgroundingWords = new(StringComparer.Ordinal)
    {
        "during", "amid", "sidelines", "במהלך", "בעת", "בזמן", "בשולי",
    };

    private readonly ActorMatcher _actors;
    private readonly PhraseMatcher<TriggerDefinition> _triggers = new();

    /// <param name="actors">The gazetteer (as stored and edited by admins).</param>
    /// <param name="triggers">The trigger lexicon; <see cref="DefaultTriggers.All"/> when null.</param>
    /// <param name="places">Places beyond state capitals; <see cref="SeedPlaces.All"/> when null.</param>
    public EventExtractor(IEnumerable<ActorDefinition> actors, IEnumerable<TriggerDefinition>? triggers = null, IEnumerable<PlaceDefinition>? places = null)
    {
        _actors = new ActorMatcher(actors, places);
        foreach (var trigger in triggers ?? DefaultTriggers.All)
            _triggers.Add(trigger.Phrase, trigger, trigger.AllowedPrefixes);
    }

    /// <summary>An extractor over <see cref="SeedActors.All"/> and the default lexicon.</summary>
    public static EventExtractor CreateDefault() => new(SeedActors.All);

    /// <summary>
    /// Extracts the events of one article. Dates are resolved against <paramref name="publishedDate"/>; when
    /// <paramref name="publishedIsEstimated"/> is true, dates that depend on it get <see cref="DatePrecision.Unknown"/>.
    /// </summary>
    /// <param name="title">The headline (used only when the body is empty).</param>
    /// <param name="body">The cleaned article text.</param>
    /// <param name="publishedDate">The publication date, or the best estimate of it.</param>
    /// <param name="publishedIsEstimated">True when the article gives no date and <paramref name="publishedDate"/> is a guess.</param>
    /// <param name="language">"he" or "en" (recorded on the events; matching handles both).</param>
    public ExtractionResult Extract(string title, string body, string language, DateOnly publishedDate, bool publishedIsEstimated)
    {
        var field = TextField.Body;
        if (string.IsNullOrWhiteSpace(body))
        {
            body = title;
            field = TextField.Title;
        }
        var article = new ArticleState(publishedIsEstimated ? PartialDate.Unknown : PartialDate.OfDay(publishedDate));
        var events = new List<ExtractedEvent>();
        var proposed = new List<ProposedActor>();
        foreach (var sentence in SentenceSplitter.Split(body))
        {
            var analysis = Analyse(sentence, publishedDate, publishedIsEstimated);
            foreach (var e in SentenceEvents(analysis, article, language, field))
                events.Add(e);
            if (analysis.Triggers.Count > 0)
                proposed.AddRange(ProposedActorFinder.Find(sentence.Text, sentence.Start, analysis.Tokens, analysis.Mentions,
                    analysis.Places.Select(p => p.Start).ToList(), language));
            article.Advance(analysis);
        }
        var distinctProposals = proposed
            .Where(p => !_actors.Actors.Any(a => string.Equals(a.NameEn, p.Name, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return new ExtractionResult(EventMerger.MergeWithinArticle(events), distinctProposals);
    }

    private SentenceAnalysis Analyse(Sentence sentence, DateOnly published, bool estimated)
    {
        var text = sentence.Text;
        var tokens = WordTokenizer.Tokenize(text);
        var (mentions, places) = _actors.Find(text, tokens);
        var triggers = _triggers.FindLongest(tokens)
            .Where(t => CaseFits(text, t))
            .Where(t => !OverlapsName(t, mentions))
            .ToList();
        var dates = DateFinder.Find(text, published, estimated);
        return new SentenceAnalysis(sentence, tokens, mentions, places, triggers, dates);
    }

    private static bool CaseFits(string text, PhraseMatch<TriggerDefinition> t) =>
        !char.IsUpper(t.Value.Phrase[0]) || char.IsUpper(text[t.Start]);

    private static bool OverlapsName(PhraseMatch<TriggerDefinition> t, List<ActorMention> mentions) =>
        mentions.Any(m => t.Start < m.End && m.Start < t.End);

    private IEnumerable<ExtractedEvent> SentenceEvents(SentenceAnalysis s, ArticleState article, string language, TextField field)
    {
        var live = s.Triggers.Where(t => !IsBackgrounded(t, s.Tokens)).ToList();
        if (live.Count == 0)
            yield break;

        var byType = new Dictionary<EventType, PhraseMatch<TriggerDefinition>>();
        var hasLegislationWord = live.Any(t => t.Value.Type == EventType.Legislation && t.Value.Kind != TriggerKind.LegalReference);
        var hasLegalReference = live.Any(t => t.Value.Kind == TriggerKind.LegalReference);
        var hasStatementVerb = live.Any(t => t.Value.Type == EventType.Statement && t.Value.Kind == TriggerKind.Verb);
        PhraseMatch<TriggerDefinition>? background = null;

        foreach (var t in live)
        {
            var type = t.Value.Type;
            switch (t.Value.Kind)
            {
                case TriggerKind.Signing:
                    type = hasLegislationWord || hasLegalReference ? EventType.Legislation : EventType.Agreement;
                    break;
                case TriggerKind.LegalReference:
                    background ??= t;
                    continue;
                case TriggerKind.Modal when hasStatementVerb:
                    continue;
            }
            if (!byType.TryGetValue(type, out var existing) || Rank(t) < Rank(existing))
                byType[type] = t;
        }

        // One sentence, one story: a visit with a meeting is the meeting; advice reported as speech is advice;
        // a declaration that is signed is an agreement.
        if (byType.ContainsKey(EventType.Meeting))
            byType.Remove(EventType.Visit);
        if (byType.ContainsKey(EventType.Recommendation))
            byType.Remove(EventType.Statement);
        if (byType.ContainsKey(EventType.Agreement) && byType.TryGetValue(EventType.Statement, out var st) && st.Value.Kind == TriggerKind.Noun)
            byType.Remove(EventType.Statement);

        var actors = SentenceActors(s);
        var usedContext = false;
        if (actors.Count == 0 && article.ContextActors.Count > 0)
        {
            actors = article.ContextActors;
            usedContext = true;
        }
        if (actors.Count == 0)
            yield break;

        foreach (var (type, trigger) in byType.OrderBy(p => p.Value.Start))
        {
            var date = DateFor(trigger, s, article);
            var finalType = type == EventType.Statement && Speakers(trigger, s, actors, usedContext).Any(IsAdvisory)
                ? EventType.Recommendation
                : type;
            yield return Build(finalType, date, actors, trigger, s, language, field, usedContext);
        }

        // A dated reference to a law ("Section 907 ... since 1992") is the law's own event.
        if (background is { } legal)
        {
            var year = ClosestDate(legal.Start, s.Dates, d => d.Kind is DateMentionKind.Since or DateMentionKind.Year);
            var current = byType.TryGetValue(EventType.Legislation, out var strong) ? DateFor(strong, s, article) : (PartialDate?)null;
            if (year is { } y && y.Date != current)
                yield return Build(EventType.Legislation, y.Date, actors, legal, s, language, field, usedContext);
        }
    }

    private static int Rank(PhraseMatch<TriggerDefinition> t) => t.Value.Kind switch
    {
        TriggerKind.Verb or TriggerKind.Signing => 0,
        TriggerKind.Noun => 1,
        _ => 2,
    };

    private static bool IsBackgrounded(PhraseMatch<TriggerDefinition> t, List<WordToken> tokens)
    {
        if (t.Value.Kind != TriggerKind.Noun)
            return false;
        for (var i = Math.Max(0, t.FirstToken - 4); i < t.FirstToken; i++)
            if (BackgroundingWords.Contains(tokens[i].Key))
                return true;
        return false;
    }

    private static List<ActorMention> SentenceActors(SentenceAnalysis s) =>
        s.Mentions.Where(m => !(m.Locative && m.Form == MentionForm.Metonym))
            .GroupBy(m => m.Actor.Key).Select(g => g.First()).ToList();

    private static bool IsAdvisory(ActorMention m) => m.Actor.IsAdvisoryBody;

    private static IEnumerable<ActorMention> Speakers(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, List<ActorMention> actors, bool usedContext) =>
        usedContext ? actors : actors.Where(a => a.Start < trigger.Start);

    private static PartialDate DateFor(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, ArticleState article)
    {
        var own = ClosestDate(trigger.Start, s.Dates, d => d.Kind is DateMentionKind.Explicit or DateMentionKind.Relative or DateMentionKind.SameDay);
        if (own is { } d)
            return d.Kind == DateMentionKind.SameDay ? article.NarrativeDate : d.Date;
        var years = s.Dates.Where(x => x.Kind == DateMentionKind.Year).ToList();
        if (years.Count == 1 && trigger.Value.Kind != TriggerKind.LegalReference && IsInYear(s.Sentence.Text, years[0]))
            return years[0].Date;
        if (IsPluperfect(trigger, s.Tokens))
            return PartialDate.Unknown;
        return article.NarrativeDate;
    }

    // "in 2016", "ב-2016": a year that dates the event itself rather than a law's origin.
    private static bool IsInYear(string text, DateMention year)
    {
        var before = text[Math.Max(0, year.Start - 4)..year.Start];
        return before.EndsWith("in ", StringComparison.Ordinal) || text[year.Start] == 'ב';
    }

    private static bool IsPluperfect(PhraseMatch<TriggerDefinition> trigger, List<WordToken> tokens)
    {
        for (var i = Math.Max(0, trigger.FirstToken - 3); i < trigger.FirstToken; i++)
            if (tokens[i].Key == "had")
                return true;
        return false;
    }

    private static DateMention? ClosestDate(int position, List<DateMention> dates, Func<DateMention, bool> filter)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            if (!filter(d))
                continue;
            var distance = d.Start >= position ? d.Start - position : position - d.End;
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static ExtractedEvent Build(EventType type, PartialDate date, List<ActorMention> mentions, PhraseMatch<TriggerDefinition> trigger,
        SentenceAnalysis s, string language, TextField field, bool usedContext)
    {
        var actors = mentions.Select(m => EventActor.From(m.Actor)).DistinctBy(a => a.Key).ToList();
        var place = PlaceOf(s, trigger);
        RecommendationDetail? recommendation = null;
        if (type == EventType.Recommendation)
            recommendation = Recommend(trigger, s, mentions, usedContext);
        var triggerText = s.Sentence.Text[trigger.Start..trigger.End];
        var summary = EventSummary.Write(type, actors, place, recommendation, triggerText, LegalReferenceText(s));
        return new ExtractedEvent(type, date, actors, place, summary, s.Sentence.Text, field, s.Sentence.Start, s.Sentence.Text.Length,
            language, triggerText, recommendation);
    }

    private static string? LegalReferenceText(SentenceAnalysis s)
    {
        var legal = s.Triggers.FirstOrDefault(t => t.Value.Kind == TriggerKind.LegalReference);
        if (legal.Value is null)
            return null;
        var next = legal.FirstToken + legal.TokenCount;
        return next < s.Tokens.Count && s.Tokens[next].Key.All(char.IsDigit)
            ? s.Sentence.Text[legal.Start..s.Tokens[next].End]
            : null;
    }

    private static string? PlaceOf(SentenceAnalysis s, PhraseMatch<TriggerDefinition> trigger)
    {
        var candidates = s.Places.Where(p => p.Locative).Select(p => (p.Start, Name: p.Place.NameEn))
            .Concat(s.Mentions.Where(m => m.Locative && m.Actor.Kind == ActorKind.State)
                .Select(m => (m.Start, Name: m.Form == MentionForm.Metonym ? m.Actor.Capital ?? m.Actor.NameEn : m.Actor.NameEn)));
        return candidates.OrderBy(c => Math.Abs(c.Start - trigger.Start)).Select(c => c.Name).FirstOrDefault();
    }

    private static RecommendationDetail Recommend(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, List<ActorMention> mentions, bool usedContext)
    {
        var text = s.Sentence.Text;
        var before = usedContext ? [] : mentions.Where(m => m.End <= trigger.Start).ToList();
        var after = usedContext ? [] : mentions.Where(m => m.Start >= trigger.End).ToList();
        List<ActorMention> recommenders;
        List<ActorMention> addressees;
        var whatStart = trigger.End;
        if (trigger.Value.Kind == TriggerKind.Modal)
        {
            // "Congress should repeal…": the subject is the addressee; the writer is the recommender.
            recommenders = [];
            addressees = before.Count > 0 ? [before[^1]] : [];
        }
        else
        {
            recommenders = before.Where(m => m.Actor.Kind != ActorKind.State || m.Form != MentionForm.Adjective).ToList();
            var advisory = recommenders.Where(m => m.Actor.IsAdvisoryBody).ToList();
            if (advisory.Count > 0)
                recommenders = advisory;
            var firstAfter = after.FirstOrDefault();
            // The addressee follows at once: "urged Britain…", "called on Washington…", "הממליץ לממשל טראמפ…".
            if (firstAfter is not null && WordsBetween(text, trigger.End, firstAfter.Start) <= 2)
            {
                addressees = after.TakeWhile(m => WordsBetween(text, trigger.End, m.Start) <= 6).ToList();
                whatStart = addressees[^1].End;
            }
            else
            {
                addressees = [];
            }
        }
        var what = text[Math.Min(whatStart, text.Length)..].Trim().TrimStart(',', ':', '-', '–', ' ').TrimEnd('.', ' ');
        if (what.Length > 200)
            what = what[..200].TrimEnd() + "…";
        return new RecommendationDetail(
            recommenders.Select(m => EventActor.From(m.Actor)).DistinctBy(a => a.Key).ToList(),
            addressees.Select(m => EventActor.From(m.Actor)).DistinctBy(a => a.Key).ToList(),
            what);
    }

    private static int WordsBetween(string text, int from, int to) =>
        to <= from ? 0 : WordTokenizer.Tokenize(text, from, to).Count;

    internal sealed record SentenceAnalysis(
        Sentence Sentence,
        List<WordToken> Tokens,
        List<ActorMention> Mentions,
        List<(PlaceDefinition Place, int Start, bool Locative)> Places,
        List<PhraseMatch<TriggerDefinition>> Triggers,
        List<DateMention> Dates);

    /// <summary>What carries from one sentence to the next: the date in play and who was last named.</summary>
    private sealed class ArticleState(PartialDate published)
    {
        private int _sinceActors = int.MaxValue;

        public PartialDate NarrativeDate { get; private set; } = published;
        public List<ActorMention> ContextActors { get; private set; } = [];

        public void Advance(SentenceAnalysis s)
        {
            // A news lead's relative day ("on Friday", "אתמול") stays in play for the sentences that follow.
            var anchor = s.Dates.FirstOrDefault(d => d.Kind == DateMentionKind.Relative && d.Date.Precision == DatePrecision.Day);
            if (anchor.End > 0)
                NarrativeDate = anchor.Date;
            var actors = SentenceActors(s);
            if (actors.Count > 0)
            {
                ContextActors = actors;
                _sinceActors = 0;
            }
            else if (++_sinceActors > 1)
            {
                ContextActors = [];
            }
        }
    }
}
