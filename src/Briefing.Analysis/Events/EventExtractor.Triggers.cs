using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

// Which triggers report an event, and who takes part.
public sealed partial class EventExtractor
{
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
    // Modals that also state facts or needs ("must", "צריך", "חייב") count as advice only right after the one advised:
    // "Congress must act", "ישראל צריכה לקרוא" — not "צריך לזכור".
    private static readonly string[] SubjectBoundModals = ["must", "צריך", "צריכ", "חייב"];

    private static bool ModalFits(PhraseMatch<TriggerDefinition> modal, SentenceAnalysis s)
    {
        if (s.Tokens[modal.FirstToken].IsHebrew)
        {
            var infinitive = s.Tokens[modal.FirstToken + modal.TokenCount - 1];
            if (infinitive.Key.Length < 4)
                return false;
        }
        if (!SubjectBoundModals.Any(m => modal.Value.Phrase.StartsWith(m, StringComparison.Ordinal)))
            return true;
        var subject = s.Mentions.LastOrDefault(m => m.End <= modal.Start && WordTokenizer.Tokenize(s.Sentence.Text, m.End, modal.Start).Count == 0);
        if (subject is null)
            return false;
        // "agreed that Iran must never…" reports a view; the advice is in the main clause.
        var before = WordTokenizer.Tokenize(s.Sentence.Text, 0, subject.Start);
        return before.Count == 0 || before[^1].Key is not ("that" or "כי");
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

    private static List<ActorMention> SentenceActors(SentenceAnalysis s)
    {
        // Each actor once, at its first mention (a loop: this runs twice per sentence).
        var actors = new List<ActorMention>(s.Mentions.Count);
        foreach (var m in s.Mentions)
        {
            // "in Baku", "at the White House", "בלשכת רה"מ": where something happened, not who took part;
            // "according to the White House", "לפי רויטרס": who reported it.
            if (m.Locative && (m.Form == MentionForm.Metonym || m.Actor.Kind == ActorKind.Organization))
                continue;
            if (SentenceCues.IsAttribution(s.Sentence.Text, m.Start) || ContainsActor(actors, m.Actor.Key))
                continue;
            actors.Add(m);
        }
        return actors;
    }

    private static bool ContainsActor(List<ActorMention> mentions, string key)
    {
        foreach (var m in mentions)
            if (m.Actor.Key == key)
                return true;
        return false;
    }
}
