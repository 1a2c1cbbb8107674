namespace Briefing.Analysis.Events;

/// <summary>One found phrase: the payload, the words it covers and the Hebrew prefix letters it carried.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int FirstToken, int TokenCount, int Start, int End, string Prefix);

/// <summary>
/// Finds many word phrases in one pass over tokens. A phrase word ending in '*' matches any word starting with it
/// (e.g. "קרא ל*" matches "קרא לממשל"). A Hebrew first word may carry prefix letters (ו ה ב כ ל מ ש) drawn from
/// the phrase's allowed set, so "ולרוביו" matches "רוביו" and "שבאקו" matches "באקו".
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private const int MaxPrefixLetters = 3;
    private readonly Dictionary<string, List<Entry>> _byFirstKey = new(StringComparer.Ordinal);

    private sealed record Entry(string[] Keys, T Value, string AllowedPrefixes);

    /// <param name="phrase">Words separated by spaces.</param>
    /// <param name="value">What a match returns.</param>
    /// <param name="allowedPrefixes">Hebrew letters the first word may carry in front; empty for none.</param>
    public void Add(string phrase, T value, string allowedPrefixes)
    {
        var keys = WordTokenizer.Keys(phrase);
        // '*' is not a word character: re-attach it to the word it followed.
        var raw = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == keys.Length)
        {
            for (var i = 0; i < raw.Length; i++)
                if (raw[i].EndsWith('*'))
                    keys[i] += "*";
        }
        if (keys.Length == 0 || keys[0].EndsWith('*'))
            throw new ArgumentException($"Phrase '{phrase}' must start with a whole word.", nameof(phrase));
        if (!_byFirstKey.TryGetValue(keys[0], out var list))
            _byFirstKey[keys[0]] = list = [];
        list.Add(new Entry(keys, value, allowedPrefixes));
    }

    /// <summary>All matches, possibly overlapping, in token order.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<WordToken> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            TryEntries(tokens, i, key, "", found);
            if (!tokens[i].IsHebrew)
                continue;
            for (var p = 1; p <= MaxPrefixLetters && key.Length - p >= 2; p++)
            {
                if (!IsPrefixLetter(key[p - 1]))
                    break;
                TryEntries(tokens, i, key[p..], key[..p], found);
            }
        }
        return found;
    }

    /// <summary>Matches with overlaps removed: longer phrases win, then earlier ones.</summary>
    public List<PhraseMatch<T>> FindLongest(IReadOnlyList<WordToken> tokens)
    {
        var all = FindAll(tokens);
        all.Sort((a, b) => b.TokenCount != a.TokenCount ? b.TokenCount.CompareTo(a.TokenCount) : a.FirstToken.CompareTo(b.FirstToken));
        var taken = new bool[tokens.Count];
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

    private void TryEntries(IReadOnlyList<WordToken> tokens, int index, string firstKey, string prefix, List<PhraseMatch<T>> found)
    {
        if (!_byFirstKey.TryGetValue(firstKey, out var entries))
            return;
        foreach (var entry in entries)
        {
            if (prefix.Length > 0 && !prefix.All(entry.AllowedPrefixes.Contains))
                continue;
            if (index + entry.Keys.Length > tokens.Count)
                continue;
            var ok = true;
            for (var k = 1; k < entry.Keys.Length && ok; k++)
                ok = KeyMatches(entry.Keys[k], tokens[index + k].Key);
            if (ok)
            {
                var last = tokens[index + entry.Keys.Length - 1];
                found.Add(new PhraseMatch<T>(entry.Value, index, entry.Keys.Length, tokens[index].Start, last.End, prefix));
            }
        }
    }

    private static bool KeyMatches(string pattern, string key) =>
        pattern.EndsWith('*')
            ? key.Length > pattern.Length - 1 && key.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : pattern == key;

    private static bool IsPrefixLetter(char c) => c is 'ו' or 'ה' or 'ב' or 'כ' or 'ל' or 'מ' or 'ש';
}
