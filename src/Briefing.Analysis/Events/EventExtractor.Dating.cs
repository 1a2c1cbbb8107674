using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Events;

// Which date an event gets, at which precision.
public sealed partial class EventExtractor
{
    private static (PartialDate Date, bool FromSentence) DateFor(PhraseMatch<TriggerDefinition> trigger, SentenceAnalysis s, ArticleState article)
    {
        // A date dates the verb of its own clause: in "spent Saturday replaying an image: Trump signed…" Saturday is not the signing.
        var (clauseStart, clauseEnd) = ClauseAround(s.Sentence.Text, trigger.Start);
        var own = ClosestDate(trigger.Start, s.Dates, d => d.Kind is DateMentionKind.Explicit or DateMentionKind.Relative or DateMentionKind.SameDay
            && d.Start >= clauseStart && d.End <= clauseEnd);
        if (own is { } d)
            return d.Kind == DateMentionKind.SameDay ? (article.NarrativeDate, false) : (d.Date, true);
        // "in 2016", "ב-2016" dates the event itself only when no other trigger (a law, say) is closer to the year,
        // and only as the trigger's own adverbial: "the curbs imposed in 1992" say when the curbs began, not the waiver.
        foreach (var year in s.Dates.Where(x => x.Kind == DateMentionKind.Year))
        {
            if (trigger.Value.Kind == TriggerKind.LegalReference || !YearRole.IsAdverbialOf(s.Sentence.Text, s.Tokens, year, trigger.Start, trigger.End))
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

    private static (int Start, int End) ClauseAround(string text, int position)
    {
        static bool IsBreak(string text, int i) =>
            text[i] is ':' or ';' || (text[i] is '—' or '–' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ');
        var start = position;
        while (start > 0 && !IsBreak(text, start - 1))
            start--;
        var end = position;
        while (end < text.Length && !IsBreak(text, end))
            end++;
        return (start, end);
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
}
