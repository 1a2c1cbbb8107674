using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

// What one sentence yields to the extractor, and what carries from sentence to sentence.
public sealed partial class EventExtractor
{
    internal sealed record SentenceAnalysis(
        Sentence Sentence,
        List<WordToken> Tokens,
        List<ActorMention> Mentions,
        List<(PlaceDefinition Place, int Start, int End, bool Locative)> Places,
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
            var anchor = FirstRelativeDay(s.Dates);
            if (anchor.End > 0 && SentenceCues.IsFullSentence(s.Sentence.Text))
                NarrativeDate = anchor.Date;
            var actors = SentenceActors(s);
            var persons = Persons(actors);
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

        private static DateMention FirstRelativeDay(List<DateMention> dates)
        {
            foreach (var d in dates)
                if (d.Kind == DateMentionKind.Relative && d.Date.Precision == DatePrecision.Day)
                    return d;
            return default;
        }

        private static List<ActorMention> Persons(List<ActorMention> actors)
        {
            var persons = new List<ActorMention>();
            foreach (var a in actors)
                if (a.Actor.Kind == ActorKind.Person)
                    persons.Add(a);
            return persons;
        }
    }
}
