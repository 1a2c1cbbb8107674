using Briefing.Analysis.Text;

namespace Briefing.Analysis.Events;

/// <summary>One found phrase: the payload, the words it covers (in <see cref="WordTokenizer"/> words) and the Hebrew prefix letters it carried.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int FirstToken, int TokenCount, int Start, int End, string Prefix);

/// <summary>
/// Phrase lookup for extraction on top of the shared <see cref="TermMatcher{TPayload}"/> (one pass, Hebrew prefixes,
/// quote variants). Adds what extraction needs: which prefix letters each phrase may carry (a verb takes ו/ש, so
/// "מאמר" is not "אמר"), the prefix itself (ב marks a place), and positions in extraction's own word list.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly List<KeyValuePair<string, Entry>> _terms = [];
    private TermMatcher<Entry>? _matcher;

    private sealed record Entry(T Value, string AllowedPrefixes);

    /// <param name="phrase">Words separated by spaces; a word ending in '*' matches by prefix.</param>
    /// <param name="value">What a match returns.</param>
    /// <param name="allowedPrefixes">Hebrew letters the first word may carry in front; empty for none.</param>
    public void Add(string phrase, T value, string allowedPrefixes)
    {
        _terms.Add(new(phrase, new Entry(value, allowedPrefixes)));
        _matcher = null;
    }

    /// <summary>Builds the matcher now, so that concurrent first calls do not race to build it.</summary>
    public void Compile() => _matcher = new TermMatcher<Entry>(_terms);

    /// <summary>All matches in <paramref name="text"/>, possibly overlapping; <paramref name="tokens"/> are its words.</summary>
    public List<PhraseMatch<T>> FindAll(string text, IReadOnlyList<WordToken> tokens)
    {
        var matcher = _matcher ??= new TermMatcher<Entry>(_terms);
        var found = new List<PhraseMatch<T>>();
        // The raw occurrences, not TermMatcher.Match: this runs three times per sentence, and the list Match builds
        // would only be copied into this one.
        var raws = matcher.MatchRaw(text, out var normalized);
        foreach (var raw in raws)
        {
            var (start, length) = TermMatcher<Entry>.ToOriginal(normalized, text.Length, raw);
            // Where the occurrence sits among the tokens depends on the occurrence only, not on the entry.
            var first = TokenAt(tokens, start);
            if (first < 0)
                continue;
            var end = start + length;
            var last = TokenAt(tokens, end - 1);
            if (last < first)
                continue;
            var prefix = text[tokens[first].Start..start];
            foreach (var (_, payload) in matcher.EntriesOf(raw.Pattern))
            {
                if (prefix.Length > 0 && (!tokens[first].IsHebrew || !AllAllowed(prefix, payload.AllowedPrefixes)))
                    continue;
                found.Add(new PhraseMatch<T>(payload.Value, first, last - first + 1, tokens[first].Start, Math.Max(end, tokens[last].End), prefix));
            }
        }
        return found;
    }

    private static bool AllAllowed(string prefix, string allowed)
    {
        foreach (var c in prefix)
            if (!allowed.Contains(c))
                return false;
        return true;
    }

    /// <summary>Matches with overlaps removed: longer phrases win, then earlier ones; in text order.</summary>
    public List<PhraseMatch<T>> FindLongest(string text, IReadOnlyList<WordToken> tokens)
    {
        var all = FindAll(text, tokens);
        // Most sentences have no match or one: nothing can overlap.
        if (all.Count <= 1)
            return all;
        all.Sort((a, b) => b.TokenCount != a.TokenCount ? b.TokenCount.CompareTo(a.TokenCount) : a.FirstToken.CompareTo(b.FirstToken));
        Span<bool> taken = tokens.Count <= 256 ? stackalloc bool[tokens.Count] : new bool[tokens.Count];
        var kept = new List<PhraseMatch<T>>();
        foreach (var m in all)
        {
            var free = true;
            for (var t = m.FirstToken; t < m.FirstToken + m.TokenCount; t++)
                free &= !taken[t];
            if (!free)
                continue;
            for (var t = m.FirstToken; t < m.FirstToken + m.TokenCount; t++)
                taken[t] = true;
            kept.Add(m);
        }
        kept.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return kept;
    }

    private static int TokenAt(IReadOnlyList<WordToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
                lo = mid + 1;
            else if (tokens[mid].Start > offset)
                hi = mid - 1;
            else
                return mid;
        }
        return -1;
    }
}
