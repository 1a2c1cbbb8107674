using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>
/// Extracts dated events from one article, sentence by sentence, in Hebrew or English. Build it once from the
/// gazetteer (and optionally trigger lexicon, places and statutes) and reuse it: it keeps no per-article state and is
/// thread-safe.
/// </summary>
public sealed partial class EventExtractor
{
    private const int BackgroundWindow = 6;
    private const int IrrealisWindow = 3;

    private readonly ActorMatcher _actors;
    private readonly PhraseMatcher<TriggerDefinition> _triggers = new();
    private readonly PhraseMatcher<StatuteDefinition> _statutes = new();
    private readonly Dictionary<string, ActorDefinition> _actorsByKey;
    // A proposed name the gazetteer already has (as its English name, any case) is no proposal: one lookup per name.
    private readonly HashSet<string> _knownNames;

    /// <param name="actors">The gazetteer (as stored and edited by admins).</param>
    /// <param name="triggers">The trigger lexicon; <see cref="DefaultTriggers.All"/> when null.</param>
    /// <param name="places">Places beyond state capitals; <see cref="SeedPlaces.All"/> when null.</param>
    /// <param name="statutes">Tracked laws; <see cref="SeedStatutes.All"/> when null.</param>
    public EventExtractor(IEnumerable<ActorDefinition> actors, IEnumerable<TriggerDefinition>? triggers = null,
        IEnumerable<PlaceDefinition>? places = null, IEnumerable<StatuteDefinition>? statutes = null)
    {
        _actors = new ActorMatcher(actors, places);
        _actorsByKey = _actors.Actors.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _knownNames = _actors.Actors.Select(a => a.NameEn).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var trigger in triggers ?? DefaultTriggers.All)
            _triggers.Add(trigger.Phrase, trigger, trigger.AllowedPrefixes);
        foreach (var statute in statutes ?? SeedStatutes.All)
            foreach (var alias in statute.Aliases.Append(statute.NameEn).Distinct())
                _statutes.Add(alias, statute, "ובכלמשה");
        _triggers.Compile();
        _statutes.Compile();
    }

    /// <summary>An extractor over <see cref="SeedActors.All"/> and the default lexicon.</summary>
    public static EventExtractor CreateDefault() => new(SeedActors.All);

    /// <summary>
    /// Extracts the events of one article. Dates are resolved against <paramref name="publishedDate"/>; when
    /// <paramref name="publishedIsEstimated"/> is true, dates that depend on it get <see cref="DatePrecision.Unknown"/>.
    /// </summary>
    /// <param name="title">The headline (used only when the body is empty).</param>
    /// <param name="body">The cleaned article text.</param>
    /// <param name="language">"he" or "en" (recorded on the events; matching handles both).</param>
    /// <param name="publishedDate">The publication date, or the best estimate of it.</param>
    /// <param name="publishedIsEstimated">True when the article gives no date and <paramref name="publishedDate"/> is a guess.</param>
    public ExtractionResult Extract(string title, string body, string language, DateOnly publishedDate, bool publishedIsEstimated)
    {
        var field = TextField.Body;
        if (string.IsNullOrWhiteSpace(body))
        {
            body = title;
            field = TextField.Title;
        }
        var article = new ArticleState(publishedIsEstimated ? PartialDate.Unknown : PartialDate.OfDay(publishedDate));
        var events = new List<(ExtractedEvent Event, int Paragraph)>();
        var proposed = new List<ProposedActor>();
        // One word list and one event list for all the sentences: no sentence's analysis outlives its turn.
        var tokens = new List<WordToken>();
        var sentenceEvents = new List<ExtractedEvent>();
        foreach (var sentence in SentenceSplitter.Split(body))
        {
            var analysis = Analyse(sentence, tokens, publishedDate, publishedIsEstimated, language);
            if (SentenceCues.IsFullSentence(sentence.Text))
            {
                sentenceEvents.Clear();
                SentenceEvents(analysis, article, language, field, sentenceEvents);
                foreach (var e in sentenceEvents)
                {
                    if (article.BackReferences.Remove(e, out var aboutItOnly))
                        ElaborateBack(events, e, sentence.Paragraph, aboutItOnly);
                    else
                        AddOrElaborate(events, e, sentence.Paragraph);
                }
                proposed.AddRange(analysis.Proposals);
            }
            article.Advance(analysis);
        }
        var distinctProposals = proposed
            .Where(p => !_knownNames.Contains(p.Name))
            .GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return new ExtractionResult(EventMerger.MergeWithinArticle(events.Select(e => e.Event).ToList(), _actorsByKey), distinctProposals);
    }

    // A recommendation spelled out over several sentences of one paragraph ("Congress should repeal… We urge the
    // committees…") is one recommendation.
    private static void AddOrElaborate(List<(ExtractedEvent Event, int Paragraph)> events, ExtractedEvent e, int paragraph)
    {
        if (e.Type == EventType.Recommendation && events.Count > 0)
        {
            var (previous, previousParagraph) = events[^1];
            if (previous.Type == EventType.Recommendation && previousParagraph == paragraph
                && previous.Actors.Any(a => e.Actors.Any(b => b.Key == a.Key)))
            {
                events[^1] = (previous with { Actors = previous.Actors.Concat(e.Actors).DistinctBy(a => a.Key).ToList() }, paragraph);
                return;
            }
        }
        events.Add((e, paragraph));
    }

    // "The waiver was signed in late March by Biegun" after "Washington has again waived Section 907": the definite noun
    // tells more about the event already reported — its date, and its people when the sentence is only about it.
    private static void ElaborateBack(List<(ExtractedEvent Event, int Paragraph)> events, ExtractedEvent e, int paragraph, bool aboutItOnly)
    {
        static bool Family(EventType a, EventType b) => a == b || (a is EventType.Meeting or EventType.Visit && b is EventType.Meeting or EventType.Visit);
        var index = events.FindLastIndex(x => Family(x.Event.Type, e.Type));
        if (index < 0)
        {
            events.Add((e, paragraph));
            return;
        }
        var (target, targetParagraph) = events[index];
        if (!target.DateFromSentence && e.DateFromSentence)
            target = target with { Date = e.Date, DateFromSentence = true };
        if (aboutItOnly)
            target = target with { Actors = target.Actors.Concat(e.Actors).DistinctBy(a => a.Key).ToList(), Place = target.Place ?? e.Place };
        events[index] = (target, targetParagraph);
    }

    // Runs for every sentence: loops rather than lambdas here, since a lambda capturing the sentence cost an allocation
    // per sentence even when it never ran.
    private SentenceAnalysis Analyse(Sentence sentence, List<WordToken> tokens, DateOnly published, bool estimated, string language)
    {
        var text = sentence.Text;
        WordTokenizer.Tokenize(text, tokens);
        var (mentions, places) = _actors.Find(text, tokens);
        var triggers = _triggers.FindLongest(text, tokens);
        RemoveMisfits(text, triggers, tokens, mentions);
        var statutes = _statutes.FindLongest(text, tokens);
        var dates = DateFinder.Find(text, published, estimated);
        List<ProposedActor> proposals = triggers.Count == 0 ? [] :
            [.. ProposedActorFinder.Find(text, sentence.Start, tokens, mentions, places.Select(p => (p.Start, p.End)).ToList(), language,
                triggers.Select(t => (t.Start, t.End)).ToList())];
        // "Washington" inside "the Washington Institute" is not the United States.
        foreach (var institution in proposals)
            if (institution.Kind == ActorKind.Organization)
                RemoveWithin(mentions, institution.Start - sentence.Start, institution.Start - sentence.Start + institution.Length);
        return new SentenceAnalysis(sentence, tokens, mentions, places, triggers, statutes, dates, proposals);
    }

    // Triggers in the wrong case or inside a name are none; the rest keep their order.
    private static void RemoveMisfits(string text, List<PhraseMatch<TriggerDefinition>> triggers, List<WordToken> tokens, List<ActorMention> mentions)
    {
        var kept = 0;
        for (var i = 0; i < triggers.Count; i++)
            if (CaseFits(text, triggers[i]) && !OverlapsName(triggers[i], tokens, mentions))
                triggers[kept++] = triggers[i];
        triggers.RemoveRange(kept, triggers.Count - kept);
    }

    private static void RemoveWithin(List<ActorMention> mentions, int start, int end)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
            if (!(mentions[i].Start >= start && mentions[i].End <= end))
                mentions[kept++] = mentions[i];
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    private static bool CaseFits(string text, PhraseMatch<TriggerDefinition> t) =>
        !char.IsUpper(t.Value.Phrase[0]) || char.IsUpper(text[t.Start]);

    // Only the trigger's own first word counts: in "קרא לישראל" the name may carry the ל the phrase asks for.
    private static bool OverlapsName(PhraseMatch<TriggerDefinition> t, List<WordToken> tokens, List<ActorMention> mentions)
    {
        var end = t.Value.Phrase.EndsWith('*') ? tokens[t.FirstToken + t.TokenCount - 2].End : t.End;
        foreach (var m in mentions)
            if (t.Start < m.End && m.Start < end)
                return true;
        return false;
    }

    /// <summary>Adds the events <paramref name="s"/> reports to <paramref name="output"/>.</summary>
    private void SentenceEvents(SentenceAnalysis s, ArticleState article, string language, TextField field, List<ExtractedEvent> output)
    {
        // Most sentences report nothing: this much is decided with one small list, before the closures of the rest.
        List<PhraseMatch<TriggerDefinition>> live = [];
        foreach (var t in s.Triggers)
            if (Reports(t, s))
                live.Add(t);
        var statute = s.Statutes.Count > 0 ? s.Statutes[0].Value : null;
        var deontic = HebrewDeontic(s);
        if (live.Count == 0 && statute is null && deontic is null)
            return;
        ReportedEvents(s, live, statute, deontic, article, language, field, output);
    }

    private void ReportedEvents(SentenceAnalysis s, List<PhraseMatch<TriggerDefinition>> live, StatuteDefinition? statute,
        PhraseMatch<TriggerDefinition>? deontic, ArticleState article, string language, TextField field, List<ExtractedEvent> output)
    {
        var byType = new Dictionary<EventType, PhraseMatch<TriggerDefinition>>();
        // What is signed decides the type, wherever it stands: "signed a waiver", "the waiver was signed".
        var hasLegislationWord = s.Triggers.Any(t => t.Value.Type == EventType.Legislation && t.Value.Kind is not TriggerKind.LegalReference);
        var hasLegalReference = statute is not null || live.Any(t => t.Value.Kind == TriggerKind.LegalReference);
        var hasStatementVerb = live.Any(t => t.Value.Type == EventType.Statement && t.Value.Kind == TriggerKind.Verb);
        PhraseMatch<TriggerDefinition>? legalReference = null;

        foreach (var t in live)
        {
            var type = t.Value.Type;
            switch (t.Value.Kind)
            {
                case TriggerKind.Signing:
                    type = hasLegislationWord || hasLegalReference ? EventType.Legislation : EventType.Agreement;
                    break;
                case TriggerKind.LegalReference:
                    legalReference ??= t;
                    continue;
                case TriggerKind.Modal when hasStatementVerb || !ModalFits(t, s):
                    continue;
                case TriggerKind.Presence when !IsAbroad(t, s):
                    continue;
            }
            if (!byType.TryGetValue(type, out var existing) || Rank(t) < Rank(existing))
                byType[type] = t;
        }

        if (!byType.ContainsKey(EventType.Recommendation) && deontic is { } advice)
            byType[EventType.Recommendation] = advice;

        // One sentence, one story: a visit with a meeting is the meeting; advice reported as speech is advice;
        // a declaration that is signed is an agreement.
        if (byType.ContainsKey(EventType.Meeting))
            byType.Remove(EventType.Visit);
        if (byType.ContainsKey(EventType.Recommendation))
            byType.Remove(EventType.Statement);
        // "Trump hosted Aliyev and Pashinyan, who signed…": the host sets the scene for the signing.
        if (byType.Count > 1 && byType.TryGetValue(EventType.Meeting, out var host) && SentenceCues.Hosting.Contains(host.Value.Phrase))
            byType.Remove(EventType.Meeting);
        if (byType.ContainsKey(EventType.Agreement) && byType.TryGetValue(EventType.Statement, out var st) && IsDeclaration(st.Value.Phrase))
            byType.Remove(EventType.Statement);

        var actors = SentenceActors(s);
        // "…, he argued": the speaker is the person named last.
        var pronoun = s.Tokens.FindIndex(t => SentenceCues.SubjectPronouns.Contains(t.Key));
        List<ActorMention> speakersByPronoun = [];
        if (pronoun >= 0 && live.Any(t => t.Value.Kind == TriggerKind.Verb && t.FirstToken - pronoun is 1 or 2))
        {
            var at = s.Tokens[pronoun].Start;
            speakersByPronoun = article.LastPersons.Where(p => actors.All(a => a.Actor.Key != p.Actor.Key))
                .Select(p => p with { Start = at, End = at, Locative = false }).ToList();
            actors = [.. speakersByPronoun, .. actors];
        }
        var usedContext = false;
        if (actors.Count == 0 && article.LastPersons.Count >= 2 && s.Tokens.Any(t => SentenceCues.PluralAnaphors.Contains(t.Key)))
        {
            actors = article.LastPersons;
            usedContext = true;
        }
        else if (actors.Count == 0 && article.ContextActors.Count > 0)
        {
            actors = article.ContextActors;
            usedContext = true;
        }

        PartialDate? legislationDate = null;
        foreach (var (type, trigger) in byType.OrderBy(p => p.Value.Start))
        {
            if (actors.Count == 0 || (usedContext && type == EventType.Recommendation))
                continue;
            // "הביקור התקיים…", "The resolution … was adopted": a definite noun goes back to the event already told.
            var refersBack = trigger.Value.Kind == TriggerKind.SupportedNoun && IsDefinite(trigger, s) && article.HasTold(type);
            article.Told(type);
            // "פקיד אמריקני אמר", "Israeli officials said": an unnamed official's remark is not a timeline statement.
            if (type == EventType.Statement && !usedContext && actors.All(a => a.Form == MentionForm.Adjective))
                continue;
            var (date, fromSentence) = DateFor(trigger, s, article);
            var speakers = usedContext ? actors : actors.Where(a => a.Start < trigger.Start).ToList();
            var finalType = type == EventType.Statement && speakers.Any(a => a.Actor.IsAdvisoryBody) ? EventType.Recommendation : type;
            if (finalType == EventType.Meeting && !usedContext)
            {
                foreach (var group in SeparateMeetings(trigger, s, actors))
                    output.Add(Build(finalType, date, fromSentence, group, trigger, s, language, field, usedContext, statute: null));
                continue;
            }
            var participants = actors;
            // "לקרוא לידידיה בקונגרס": for advice, the body "in" which the addressees sit is a party too.
            if (finalType == EventType.Recommendation && !usedContext)
                participants = [.. actors, .. s.Mentions.Where(m => m.Locative && m.Actor.Kind == ActorKind.Organization && actors.All(a => a.Actor.Key != m.Actor.Key))];
            // The statute's own enactment ("שנחקק ב-1992") is the legislature's act.
            if (finalType == EventType.Legislation && date.Precision == DatePrecision.Year && statute?.EnactedByKey is { } enactedBy
                && _actorsByKey.TryGetValue(enactedBy, out var legislature))
                participants = [new ActorMention(legislature, MentionForm.Name, trigger.Start, trigger.Start, Locative: false), .. actors];
            var built = Build(finalType, date, fromSentence, participants, trigger, s, language, field, usedContext,
                finalType == EventType.Legislation ? statute?.Key : null);
            if (refersBack)
                article.BackReferences[built] = byType.Count == 1;
            if (finalType == EventType.Legislation)
                legislationDate = date;
            output.Add(built);
        }

        // A dated reference to a law ("Section 907 … since 1992", "the 1992 act") is the law's own event.
        var anchor = legalReference?.Start ?? (s.Statutes.Count > 0 ? s.Statutes[0].Start : -1);
        if (anchor >= 0 && (actors.Count > 0 || statute?.EnactedByKey is not null))
        {
            var year = ClosestDate(anchor, s.Dates, d => d.Kind is DateMentionKind.Since or DateMentionKind.Year);
            // Only a legislation event actually reported above makes this one a duplicate: "סעיף 907 נחקק ב-1992" names no actor.
            if (year is { } y && y.Date != legislationDate)
            {
                // A tracked law is the enacting body's act (with the states concerned), not that of whoever is in today's news.
                var enactors = actors.ToList();
                if (statute?.EnactedByKey is { } by && _actorsByKey.TryGetValue(by, out var body))
                    enactors = [new ActorMention(body, MentionForm.Name, anchor, anchor, Locative: false), .. actors.Where(a => a.Actor.Kind == ActorKind.State)];
                var reference = legalReference ?? new PhraseMatch<TriggerDefinition>(
                    new TriggerDefinition(EventType.Legislation, statute!.NameEn, TriggerKind.LegalReference), s.Statutes[0].FirstToken,
                    s.Statutes[0].TokenCount, s.Statutes[0].Start, s.Statutes[0].End, "");
                output.Add(Build(EventType.Legislation, y.Date, true, enactors, reference, s, language, field, usedContext, statute?.Key));
            }
        }
    }
}
