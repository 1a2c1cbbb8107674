namespace Briefing.Analysis.Text;

/// <summary>
/// A term compiled to words. A word ending in <c>*</c> in the term matches any word it begins
/// (<c>Iranian*</c>, <c>איראני*</c>); other words match whole words only. A term starting with <c>=</c> is
/// case-sensitive (<c>=US</c> matches "US" but not "us").
/// </summary>
internal sealed class TermPattern
{
    private TermPattern(string key, string[] words, bool[] isPrefix, string[] gaps, string? caseSensitiveLetters)
    {
        CaseSensitiveLetters = caseSensitiveLetters;
        Key = key;
        Words = words;
        IsPrefix = isPrefix;
        Gaps = gaps;
    }

    /// <summary>Identity of the compiled form; terms that differ only in spelling variants share it.</summary>
    public string Key { get; }

    public string[] Words { get; }

    public bool[] IsPrefix { get; }

    /// <summary>The punctuation the term itself has between word i and i+1 (spaces removed), e.g. "." in "U.S.".</summary>
    public string[] Gaps { get; }

    /// <summary>For <c>=</c> terms: the term's characters without whitespace, compared to the original text.</summary>
    public string? CaseSensitiveLetters { get; }

    public static TermPattern? Compile(string term)
    {
        string? caseSensitiveLetters = null;
        if (term.StartsWith('='))
        {
            term = term[1..];
            caseSensitiveLetters = string.Concat(term.Where(c => !char.IsWhiteSpace(c) && c != '*'));
        }
        var normalized = TextNormalizer.NormalizeToString(term);
        var tokens = Tokenizer.Tokenize(normalized);
        if (tokens.Count == 0)
        {
            return null;
        }
        var words = new string[tokens.Count];
        var isPrefix = new bool[tokens.Count];
        var gaps = new string[tokens.Count - 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            words[i] = normalized.Substring(token.Start, token.Length);
            var next = i + 1 < tokens.Count ? tokens[i + 1].Start : normalized.Length;
            var gap = normalized[token.End..next];
            isPrefix[i] = gap.TrimStart().StartsWith('*');
            if (i + 1 < tokens.Count)
            {
                gaps[i] = gap.Replace(" ", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
            }
        }
        var key = string.Join(' ', words.Select((w, i) => isPrefix[i] ? w + "*" : w)) + "|" + string.Join('|', gaps)
            + (caseSensitiveLetters is null ? "" : "|=" + caseSensitiveLetters);
        return new TermPattern(key, words, isPrefix, gaps, caseSensitiveLetters);
    }
}
