using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

// Turning a trigger and its sentence into an event: place, recommendation details, summary.
public sealed partial class EventExtractor
{
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
        var instrument = type is EventType.Agreement or EventType.Legislation ? Instruments.Of(s.Tokens) : null; // the sentence's own words
        if (type == EventType.Legislation && date.Precision == DatePrecision.Year && statute is not null)
            instrument = "law";
        var summary = EventSummary.Write(type, actors, place, recommendation, triggerText, legalText, instrument);
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
}
