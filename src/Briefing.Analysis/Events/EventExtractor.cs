using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

/// <summary>
/// Extracts dated events from one article, sentence by sentence, in Hebrew or English. Build it once from the
/// gazetteer (and optionally trigger lexicon, places and statutes) and reuse it: it keeps no per-article state and is
/// thread-safe.
/// </summary>
public sealed class EventExtractor
{
    private const int BackgroundWindow = 6;
    private const int IrrealisWindow = 3;

    private readonly ActorMatcher _actors;
    private readonly PhraseMatcher<TriggerDefinition> _triggers = new();
    private readonly PhraseMatcher<StatuteDefinition> _statutes = new();
    private readonly Dictionary<string, ActorDefinition> _actorsByKey;

    /// <param name="actors">The gazetteer (as stored and edited by admins).</param>
    /// <param name="triggers">The trigger lexicon; <see cref="DefaultTriggers.All"/> when null.</param>
    /// <param name="places">Places beyond state capitals; <see cref="SeedPlaces.All"/> when null.</param>
    /// <param name="statutes">Tracked laws; <see cref="SeedStatutes.All"/> when null.</param>
    public EventExtractor(IEnumerable<ActorDefinition> actors, IEnumerable<TriggerDefinition>? triggers = null,
        IEnumerable<PlaceDefinition>? places = null, IEnumerable<StatuteDefinition>? statutes = null)
    {
        _actors = new ActorMatcher(actors, places);
        _actorsByKey = _actors.Actors.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var trigger in triggers ?? DefaultTriggers.All)
            _triggers.Add(trigger.Phrase, trigger, trigger.AllowedPrefixes);
        foreach (var statute in statutes ?? SeedStatutes.All)
            foreach (var alias in statute.Aliases.Append(statute.NameEn).Distinct())
                _statutes.Add(alias, statute, "ובכלמשה");
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
        foreach (var sentence in SentenceSplitter.Split(body))
        {
            var analysis = Analyse(sentence, publishedDate, publishedIsEstimated, language);
            if (SentenceCues.IsFullSentence(sentence.Text))
            {
                foreach (var e in SentenceEvents(analysis, article, language, field))
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
            .Where(p => !_actors.Actors.Any(a => string.Equals(a.NameEn, p.Name, StringComparison.OrdinalIgnoreCase)))
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

    private SentenceAnalysis Analyse(Sentence sentence, DateOnly published, bool estimated, string language)
    {
        var text = sentence.Text;
        var tokens = WordTokenizer.Tokenize(text);
        var (mentions, places) = _actors.Find(text, tokens);
        var triggers = _triggers.FindLongest(text, tokens)
            .Where(t => CaseFits(text, t))
            .Where(t => !OverlapsName(t, tokens, mentions))
            .ToList();
        var statutes = _statutes.FindLongest(text, tokens);
        var dates = DateFinder.Find(text, published, estimated);
        List<ProposedActor> proposals = triggers.Count == 0 ? [] :
            [.. ProposedActorFinder.Find(text, sentence.Start, tokens, mentions, places.Select(p => p.Start).ToList(), language,
                triggers.Select(t => (t.Start, t.End)).ToList())];
        // "Washington" inside "the Washington Institute" is not the United States.
        foreach (var institution in proposals.Where(p => p.Kind == ActorKind.Organization))
            mentions.RemoveAll(m => m.Start >= institution.Start - sentence.Start && m.End <= institution.Start - sentence.Start + institution.Length);
        return new SentenceAnalysis(sentence, tokens, mentions, places, triggers, statutes, dates, proposals);
    }

    private static bool CaseFits(string text, PhraseMatch<TriggerDefinition> t) =>
        !char.IsUpper(t.Value.Phrase[0]) || char.IsUpper(text[t.Start]);

    // Only the trigger's own first word counts: in "קרא לישראל" the name may carry the ל the phrase asks for.
    private static bool OverlapsName(PhraseMatch<TriggerDefinition> t, List<WordToken> tokens, List<ActorMention> mentions)
    {
        var end = t.Value.Phrase.EndsWith('*') ? tokens[t.FirstToken + t.TokenCount - 2].End : t.End;
        return mentions.Any(m => t.Start < m.End && m.Start < end);
    }

    private IEnumerable<ExtractedEvent> SentenceEvents(SentenceAnalysis s, ArticleState article, string language, TextField field)
    {
        var live = s.Triggers.Where(t => Reports(t, s)).ToList();
        var statute = s.Statutes.Count > 0 ? s.Statutes[0].Value : null;
        var deontic = HebrewDeontic(s);
        if (live.Count == 0 && statute is null && deontic is null)
            yield break;

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
                    yield return Build(finalType, date, fromSentence, group, trigger, s, language, field, usedContext, statute: null);
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
            yield return built;
        }

        // A dated reference to a law ("Section 907 … since 1992", "the 1992 act") is the law's own event.
        var anchor = legalReference?.Start ?? (s.Statutes.Count > 0 ? s.Statutes[0].Start : -1);
        if (anchor >= 0 && (actors.Count > 0 || statute?.EnactedByKey is not null))
        {
            var year = ClosestDate(anchor, s.Dates, d => d.Kind is DateMentionKind.Since or DateMentionKind.Year);
            var current = byType.TryGetValue(EventType.Legislation, out var strong) ? DateFor(strong, s, article).Date : (PartialDate?)null;
            if (year is { } y && y.Date != current)
            {
                var enactors = actors.ToList();
                if (statute?.EnactedByKey is { } by && _actorsByKey.TryGetValue(by, out var body))
                    enactors.Insert(0, new ActorMention(body, MentionForm.Name, anchor, anchor, Locative: false));
                var reference = legalReference ?? new PhraseMatch<TriggerDefinition>(
                    new TriggerDefinition(EventType.Legislation, statute!.NameEn, TriggerKind.LegalReference), s.Statutes[0].FirstToken,
                    s.Statutes[0].TokenCount, s.Statutes[0].Start, s.Statutes[0].End, "");
                yield return Build(EventType.Legislation, y.Date, true, enactors, reference, s, language, field, usedContext, statute?.Key);
            }
        }
    }

    private static readonly TriggerDefinition Deontic = new(EventType.Recommendation, "על … ל…", TriggerKind.Modal);

    /// <summary>"ראשית, על משרד החוץ להציע…": at the start of a clause, על + who + infinitive says what someone should do.</summary>
    private static PhraseMatch<TriggerDefinition>? HebrewDeontic(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var text = s.Sentence.Text;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 2)
                break;
            if (tokens[i].Key != "על" || !(i == 0 || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains(',')))
                continue;
            for (var j = i + 2; j <= Math.Min(i + 4, tokens.Count - 1); j++)
            {
                var key = tokens[j].Key;
                if (key.Length >= 4 && key[0] == 'ל' && !s.Mentions.Any(m => m.Start <= tokens[j].Start && tokens[j].Start < m.End))
                    return new PhraseMatch<TriggerDefinition>(Deontic, i, j - i + 1, tokens[i].Start, tokens[j].End, "");
            }
        }
        return null;
    }

    /// <summary>Is this trigger an event being reported, rather than background, negated or hypothetical?</summary>
    private static bool Reports(PhraseMatch<TriggerDefinition> t, SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var kind = t.Value.Kind;
        if (kind == TriggerKind.Support)
            return false;
        if (kind is TriggerKind.Noun or TriggerKind.SupportedNoun && Near(tokens, t.FirstToken - BackgroundWindow, t.FirstToken, SentenceCues.Backgrounding))
            return false;
        if (kind == TriggerKind.SupportedNoun && !IsSupported(t, s))
            return false;
        if (kind is not (TriggerKind.Modal or TriggerKind.LegalReference) && t.Value.Type != EventType.Recommendation)
        {
            // After a noun ("the memorandum … is expected to be published") the future is the event's; after a verb
            // of saying it is only what was said.
            if (Near(tokens, t.FirstToken - IrrealisWindow, t.FirstToken, SentenceCues.Irrealis)
                || (kind is TriggerKind.Noun or TriggerKind.SupportedNoun
                    && Near(tokens, t.FirstToken + t.TokenCount, t.FirstToken + t.TokenCount + 2, SentenceCues.Irrealis)))
                return false;
        }
        if (kind is TriggerKind.Verb or TriggerKind.Signing or TriggerKind.Modal && Near(tokens, t.FirstToken - 2, t.FirstToken, SentenceCues.Negation))
            return false;
        var next = t.FirstToken + t.TokenCount;
        // "agreed on January 31 to buy the stake" is a deal; "agreed to meet again", "agreed that…" are not.
        if (t.Value.Phrase == "agreed")
        {
            var deal = false;
            for (var i = next; i < Math.Min(next + 7, tokens.Count - 1) && !deal; i++)
                deal = tokens[i].Key == "to" && SentenceCues.DealComplements.Contains(tokens[i + 1].Key);
            if (!deal)
                return false;
        }
        return true;
    }

    // "held a meeting", "חתמו על הסכם", "פרסם נייר עמדה": the light verb comes first; "the meeting was held" after.
    private static bool IsSupported(PhraseMatch<TriggerDefinition> noun, SentenceAnalysis s) =>
        s.Triggers.Any(v => v.Value.Kind is TriggerKind.Support or TriggerKind.Signing
            && ((v.FirstToken < noun.FirstToken && noun.FirstToken - v.FirstToken <= 6)
                || (v.FirstToken > noun.FirstToken && v.FirstToken - (noun.FirstToken + noun.TokenCount) <= 1
                    && SentenceCues.PostNominalSupport.Contains(v.Value.Phrase))));

    // "צריך לזכור" is not advice; "ישראל צריכה לקרוא" is. "יש ל…" needs a real infinitive after it.
    private static bool ModalFits(PhraseMatch<TriggerDefinition> modal, SentenceAnalysis s)
    {
        if (s.Tokens[modal.FirstToken].IsHebrew)
        {
            var infinitive = s.Tokens[modal.FirstToken + modal.TokenCount - 1];
            if (infinitive.Key.Length < 4)
                return false;
            if (modal.Value.Phrase.StartsWith("צריכ", StringComparison.Ordinal) || modal.Value.Phrase.StartsWith("צריך", StringComparison.Ordinal))
                return s.Mentions.Any(m => m.End <= modal.Start && WordTokenizer.Tokenize(s.Sentence.Text, m.End, modal.Start).Count == 0);
        }
        return true;
    }

    private static bool Near(List<WordToken> tokens, int from, int to, HashSet<string> words)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
            if (words.Contains(tokens[i].Key))
                return true;
        return false;
    }

    private static bool IsDefinite(PhraseMatch<TriggerDefinition> noun, SentenceAnalysis s) =>
        noun.Prefix.Contains('ה') || s.Tokens[noun.FirstToken].Key.StartsWith('ה')
        || (noun.FirstToken > 0 && s.Tokens[noun.FirstToken - 1].Key is "the" or "this" or "that");

    private static bool IsDeclaration(string phrase) =>
        phrase.Contains("declaration", StringComparison.OrdinalIgnoreCase) || phrase.Contains("הצהרה", StringComparison.Ordinal);

    private static int Rank(PhraseMatch<TriggerDefinition> t) => t.Value.Kind switch
    {
        TriggerKind.Verb or TriggerKind.Signing => 0,
        TriggerKind.Noun => 1,
        TriggerKind.SupportedNoun => 2,
        _ => 3,
    };

    /// <summary>"Bayramov met Cohen and then Netanyahu": one meeting per counterpart when the sentence says they came in turn.</summary>
    private static IEnumerable<List<ActorMention>> SeparateMeetings(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, List<ActorMention> actors)
    {
        var subjects = actors.Where(a => a.Start < trigger.Start && a.Actor.Kind == ActorKind.Person).ToList();
        var counterparts = actors.Where(a => a.Start >= trigger.End && a.Actor.Kind == ActorKind.Person).ToList();
        var inTurn = counterparts.Count >= 2 && subjects.Count >= 1
            && Near(s.Tokens, TokenIndexAt(s.Tokens, counterparts[0].End), TokenIndexAt(s.Tokens, counterparts[^1].Start), SentenceCues.Sequence);
        if (!inTurn)
        {
            yield return actors;
            yield break;
        }
        var others = actors.Where(a => a.Actor.Kind != ActorKind.Person).ToList();
        foreach (var counterpart in counterparts)
            yield return [.. subjects, counterpart, .. others];
    }

    private static int TokenIndexAt(List<WordToken> tokens, int offset)
    {
        var index = tokens.FindIndex(t => t.End > offset);
        return index < 0 ? tokens.Count : index;
    }

    private static List<ActorMention> AllActorMentions(SentenceAnalysis s) =>
        s.Mentions.Where(m => !(m.Locative && m.Form == MentionForm.Metonym)).ToList();

    private static List<ActorMention> SentenceActors(SentenceAnalysis s) =>
        // "in Baku", "at the White House", "בלשכת רה"מ": where something happened, not who took part;
        // "according to the White House", "לפי רויטרס": who reported it.
        s.Mentions.Where(m => !(m.Locative && (m.Form == MentionForm.Metonym || m.Actor.Kind == ActorKind.Organization)))
            .Where(m => !SentenceCues.IsAttribution(s.Sentence.Text, m.Start))
            .GroupBy(m => m.Actor.Key).Select(g => g.First()).ToList();

    private static (PartialDate Date, bool FromSentence) DateFor(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, ArticleState article)
    {
        var own = ClosestDate(trigger.Start, s.Dates, d => d.Kind is DateMentionKind.Explicit or DateMentionKind.Relative or DateMentionKind.SameDay);
        if (own is { } d)
            return d.Kind == DateMentionKind.SameDay ? (article.NarrativeDate, false) : (d.Date, true);
        // "in 2016", "ב-2016" dates the event itself only when no other trigger (a law, say) is closer to the year.
        foreach (var year in s.Dates.Where(x => x.Kind == DateMentionKind.Year))
        {
            if (trigger.Value.Kind == TriggerKind.LegalReference || !IsInYear(s.Sentence.Text, year))
                continue;
            var nearest = s.Triggers.Where(t => t.Value.Kind != TriggerKind.Support)
                .MinBy(t => Math.Abs(t.Start - year.Start));
            if (nearest.Start == trigger.Start && (s.Statutes.Count == 0 || trigger.Value.Type == EventType.Legislation))
                return (year.Date, true);
        }
        if (IsPluperfect(trigger, s))
            return (PartialDate.Unknown, false);
        return (article.NarrativeDate, false);
    }

    private static bool IsInYear(string text, DateMention year)
    {
        var before = text[Math.Max(0, year.Start - 4)..year.Start];
        return before.EndsWith("in ", StringComparison.Ordinal) || text[year.Start] == 'ב';
    }

    // "had warned" places the event before the news — unless it is reported speech ("said the two had held talks").
    private static bool IsPluperfect(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s)
    {
        if (!Near(s.Tokens, trigger.FirstToken - 3, trigger.FirstToken, ["had"]))
            return false;
        return !s.Triggers.Any(t => t.Value.Type == EventType.Statement && t.Value.Kind == TriggerKind.Verb && t.Start < trigger.Start);
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

    private ExtractedEvent Build(EventType type, PartialDate date, bool fromSentence, List<ActorMention> mentions,
        PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, string language, TextField field, bool usedContext, string? statute)
    {
        var actors = mentions.Select(m => EventActor.From(m.Actor)).DistinctBy(a => a.Key).ToList();
        var place = PlaceOf(s, trigger);
        RecommendationDetail? recommendation = null;
        if (type == EventType.Recommendation)
            recommendation = Recommend(trigger, s, usedContext ? mentions : [.. mentions.Where(m => m.Start == m.End), .. AllActorMentions(s)], usedContext);
        var triggerText = s.Sentence.Text[trigger.Start..trigger.End];
        var legalText = statute is null ? null : s.Sentence.Text[s.Statutes[0].Start..s.Statutes[0].End];
        var summary = EventSummary.Write(type, actors, place, recommendation, triggerText, legalText);
        return new ExtractedEvent(type, date, actors, place, summary, s.Sentence.Text, field, s.Sentence.Start, s.Sentence.Text.Length,
            language, triggerText, recommendation, statute, fromSentence);
    }

    private string? PlaceOf(SentenceAnalysis s, PhraseMatch<TriggerDefinition> trigger)
    {
        var candidates = s.Places.Where(p => p.Locative).Select(p => (p.Start, Name: (string?)p.Place.NameEn))
            .Concat(s.Mentions.Where(m => m.Locative && m.Form != MentionForm.Adjective).Select(m => (m.Start, Name: PlaceName(m))))
            .Where(c => c.Name is not null);
        return candidates.OrderBy(c => Math.Abs(c.Start - trigger.Start)).Select(c => c.Name).FirstOrDefault();
    }

    // "Azerbaijan's foreign minister inaugurated … in Tel Aviv": someone acting in person in another state is visiting it.
    private bool IsAbroad(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s)
    {
        var here = s.Places.Where(p => p.Locative && p.Place.StateKey is not null).Select(p => (p.Start, State: p.Place.StateKey))
            .Concat(s.Mentions.Where(m => m.Locative && m.Form != MentionForm.Adjective)
                .Select(m => (m.Start, State: m.Actor.Kind == ActorKind.State ? m.Actor.Key : m.Actor.AffiliationKey)))
            .Where(c => c.State is not null && c.Start > trigger.Start)
            .OrderBy(c => c.Start - trigger.Start)
            .Select(c => c.State)
            .FirstOrDefault();
        return here is not null && s.Mentions.Any(m => m.Actor.Kind == ActorKind.Person && m.Start < trigger.Start
            && m.Actor.AffiliationKey is { } home && home != here);
    }

    // A state is its own place ("בישראל"), a capital stands for itself ("in Baku"), an institution for its capital ("at the White House").
    private string? PlaceName(ActorMention m) => m.Actor.Kind switch
    {
        ActorKind.State => m.Form == MentionForm.Metonym ? m.Actor.Capital ?? m.Actor.NameEn : m.Actor.NameEn,
        _ => m.Actor.AffiliationKey is { } state && _actorsByKey.TryGetValue(state, out var home) ? home.Capital : null,
    };

    private static RecommendationDetail Recommend(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, List<ActorMention> mentions, bool usedContext)
    {
        var text = s.Sentence.Text;
        var before = usedContext ? [] : mentions.Where(m => m.End <= trigger.Start).ToList();
        var after = usedContext ? [] : mentions.Where(m => m.Start >= trigger.End).ToList();
        List<ActorMention> recommenders;
        List<ActorMention> addressees = [];
        // "קרא לקהילה הבינלאומית להגביר…": the ל-word the phrase ends on already belongs to what is asked.
        var whatStart = trigger.Value.Phrase.EndsWith('*') && trigger.Value.Kind != TriggerKind.Modal && trigger.TokenCount >= 2
            ? s.Tokens[trigger.FirstToken + trigger.TokenCount - 2].End
            : trigger.End;
        if (trigger.Value.Kind == TriggerKind.Modal)
        {
            // "Congress should repeal…": the subject is the addressee; the writer is the recommender.
            recommenders = [];
            if (before.Count > 0)
                addressees = [before[^1]];
        }
        else
        {
            recommenders = before.Where(m => m.Form != MentionForm.Adjective).ToList();
            var advisory = recommenders.Where(m => m.Actor.IsAdvisoryBody).ToList();
            if (advisory.Count > 0)
                recommenders = advisory;
            // The addressee follows at once: "urged Britain…", "called on Washington…", "הממליץ לממשל טראמפ…".
            var firstAfter = after.FirstOrDefault();
            if (firstAfter is not null && WordsBetween(text, trigger.End, firstAfter.Start) <= 2)
            {
                // Then only names joined to it by "and" or a comma ("Britain, France and Germany", "לוושינגטון ולירושלים").
                addressees = [firstAfter];
                foreach (var next in after.Skip(1))
                {
                    var gap = WordTokenizer.Tokenize(text, addressees[^1].End, next.Start);
                    if (gap.Count > 1 || (gap.Count == 1 && gap[0].Key is not ("and" or "ו")))
                        break;
                    addressees.Add(next);
                }
                whatStart = addressees[^1].End;
            }
        }
        // "המליץ אתמול לממשלה…": the date is not part of what is recommended.
        foreach (var d in s.Dates.Where(d => d.Start >= whatStart && string.IsNullOrWhiteSpace(text[whatStart..d.Start])))
            whatStart = d.End;
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
        List<PhraseMatch<StatuteDefinition>> Statutes,
        List<DateMention> Dates,
        List<ProposedActor> Proposals);

    /// <summary>What carries from one sentence to the next: the date in play and who was last named.</summary>
    private sealed class ArticleState(PartialDate published)
    {
        private int _sinceActors = int.MaxValue;

        public PartialDate NarrativeDate { get; private set; } = published;
        public List<ActorMention> ContextActors { get; private set; } = [];
        public List<ActorMention> LastPersons { get; private set; } = [];
        private readonly HashSet<EventType> _told = [];

        /// <summary>Events just built from a definite noun, and whether their sentence is about nothing else.</summary>
        public Dictionary<ExtractedEvent, bool> BackReferences { get; } = new(ReferenceEqualityComparer.Instance);

        // A meeting and a visit are often the same occasion told twice.
        public bool HasTold(EventType type) =>
            _told.Contains(type) || (type is EventType.Meeting or EventType.Visit && (_told.Contains(EventType.Meeting) || _told.Contains(EventType.Visit)));

        public void Told(EventType type) => _told.Add(type);

        public void Advance(SentenceAnalysis s)
        {
            // A news lead's relative day ("on Friday", "אתמול") stays in play for the sentences that follow.
            var anchor = s.Dates.FirstOrDefault(d => d.Kind == DateMentionKind.Relative && d.Date.Precision == DatePrecision.Day);
            if (anchor.End > 0 && SentenceCues.IsFullSentence(s.Sentence.Text))
                NarrativeDate = anchor.Date;
            var actors = SentenceActors(s);
            var persons = actors.Where(a => a.Actor.Kind == ActorKind.Person).ToList();
            if (persons.Count > 0)
                LastPersons = persons;
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
