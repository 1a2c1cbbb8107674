namespace Briefing.Analysis.Events;

/// <summary>
/// Whether a bare year in a sentence can date a trigger. Only a time adverbial ("in 1992", "ב-1992", "בשנת 1992") next
/// to the trigger says when the reported act happened; a year inside a noun phrase ("the 1992 provision", "the law of
/// 1992", "ההגבלה משנת 1992", "the curbs imposed in 1992", "ההגבלות שהוטלו ב-1992") only says when that thing came
/// to be, and leaves the event to the article's own date.
/// </summary>
internal static class YearRole
{
    private static readonly HashSet<string> RelativeWords = ["that", "which", "who", "whom", "whose", "אשר"];
    private static readonly HashSet<string> Auxiliaries = ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"];
    private static readonly HashSet<string> IrregularParticiples = ["set", "made", "put", "written", "laid", "brought", "drawn", "taken"];

    /// <summary>
    /// True when <paramref name="year"/> is an adverbial of the trigger spanning <paramref name="triggerStart"/>..
    /// <paramref name="triggerEnd"/>: written as "in"/"ב" + year, and not inside a relative clause, a reduced relative
    /// ("imposed in 1992", "שהוטלה ב-1992") or an apposition set off by a dash that describes some other noun.
    /// </summary>
    public static bool IsAdverbialOf(string text, List<WordToken> tokens, DateMention year, int triggerStart, int triggerEnd)
    {
        if (!IsInYear(text, year))
            return false;
        // "in" or "ב-"/"בשנת" opens the adverbial; the word before it is what the adverbial hangs on.
        var opens = text[year.Start] == 'ב' ? year.Start : year.Start - 3;
        var head = tokens.FindLastIndex(t => t.End <= opens);
        if (head >= 0 && (tokens[head].End <= triggerStart || tokens[head].Start >= triggerEnd) && IsReducedRelative(tokens, head))
            return false;
        var (from, to) = year.Start >= triggerEnd ? (triggerEnd, year.Start) : (year.End, triggerStart);
        if (from < to && HasBoundary(text, from, to))
            return false;
        if (year.Start >= triggerEnd)
            foreach (var t in tokens)
                if (t.Start >= triggerEnd && t.End <= year.Start && RelativeWords.Contains(t.Key))
                    return false;
        return true;
    }

    /// <summary>"in 1992", "In 1992", "ב-1992", "בשנת 1992" (the finder already folds the Hebrew prefix into the mention).</summary>
    public static bool IsInYear(string text, DateMention year)
    {
        if (text[year.Start] == 'ב')
            return true;
        var before = text[Math.Max(0, year.Start - 3)..year.Start];
        return before.Equals("in ", StringComparison.OrdinalIgnoreCase) && (year.Start == 3 || !char.IsLetter(text[year.Start - 4]));
    }

    // "the curbs imposed in 1992" (a participle after a noun, not after "was"/"has"); "ההגבלות שהוטלו ב-1992" (ש + verb).
    private static bool IsReducedRelative(List<WordToken> tokens, int index)
    {
        var word = tokens[index];
        if (word.IsHebrew)
            return word.Key.Length >= 5 && word.Key[0] == 'ש' && word.Key[1] is 'ה' or 'נ';
        var participle = (word.Key.Length > 4 && word.Key.EndsWith("ed", StringComparison.Ordinal)) || IrregularParticiples.Contains(word.Key);
        return participle && index > 0 && !tokens[index - 1].IsHebrew && !Auxiliaries.Contains(tokens[index - 1].Key)
            && !tokens[index - 1].Key.EndsWith("ly", StringComparison.Ordinal);
    }

    // A dash or colon between trigger and year: "extended the waiver of Section 907 – a ban introduced in 1992".
    private static bool HasBoundary(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is ':' or ';' || (text[i] is '—' or '–' or '-' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' '))
                return true;
        return false;
    }
}
