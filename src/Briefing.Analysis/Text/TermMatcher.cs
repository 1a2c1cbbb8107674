using System.Runtime.InteropServices;

namespace Briefing.Analysis.Text;

/// <summary>
/// Finds many Hebrew and English terms in a text in one pass over its words. Compile once, match many texts.
/// <list type="bullet">
/// <item>Terms are words or phrases; phrases match across line breaks, spaces, hyphens and quotes, but not across
/// sentence punctuation the term itself does not contain.</item>
/// <item>A Hebrew word also matches behind any run of up to four prefix letters ו ה ב כ ל מ ש
/// (ובאזרבייג'ן, שבאקו, מהאיראנים), provided at least two letters remain; never inside another word.</item>
/// <item>English words match whole words, case-insensitively, with or without a possessive 's.
/// A trailing <c>*</c> makes a word match any word it begins (<c>Iranian*</c> matches Iranians).
/// A leading <c>=</c> makes a term case-sensitive (<c>=US</c> is not "us").</item>
/// </list>
/// </summary>
public sealed class TermMatcher<TPayload>
{
    /// <summary>Longest run of Hebrew prefix letters stripped from a word (ו+ש+כ+ה as in וכשהאיראנים).</summary>
    public const int MaxPrefixLetters = 4;

    private readonly TermPattern[] _patterns;
    private readonly (string Term, TPayload Payload)[][] _entries;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordPrefix;
    private readonly int[] _prefixLengths;
    private readonly bool _hasCaseSensitive;
    private readonly WordFilter _firstWords = new();
    private readonly WordFilter _firstWordPrefixes = new();

    /// <summary>Compiles the terms. Terms without any word (only punctuation) are listed in <see cref="IgnoredTerms"/>.</summary>
    public TermMatcher(IEnumerable<KeyValuePair<string, TPayload>> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var patterns = new List<TermPattern>();
        var entries = new List<List<(string, TPayload)>>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        foreach (var (term, payload) in terms)
        {
            var pattern = term is null ? null : TermPattern.Compile(term);
            if (pattern is null)
            {
                ignored.Add(term ?? "");
                continue;
            }
            if (!byKey.TryGetValue(pattern.Key, out var index))
            {
                index = patterns.Count;
                byKey.Add(pattern.Key, index);
                patterns.Add(pattern);
                entries.Add([]);
            }
            entries[index].Add((term!, payload));
        }
        _patterns = [.. patterns];
        _entries = [.. entries.Select(e => e.ToArray())];
        IgnoredTerms = ignored;

        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _patterns.Length; i++)
        {
            var target = _patterns[i].IsPrefix[0] ? prefix : exact;
            var first = _patterns[i].Words[0];
            (_patterns[i].IsPrefix[0] ? _firstWordPrefixes : _firstWords).Add(first);
            if (!target.TryGetValue(first, out var list))
            {
                target[first] = list = [];
            }
            list.Add(i);
        }
        _byFirstWord = exact.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstWordPrefix = prefix.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. prefix.Keys.Select(k => k.Length).Distinct().Order()];
        _hasCaseSensitive = _patterns.Any(p => p.CaseSensitiveLetters is not null);
        MaxPatternWords = _patterns.Length == 0 ? 1 : _patterns.Max(p => p.Words.Length);
    }

    /// <summary>Terms that were dropped because they contain no word.</summary>
    public IReadOnlyList<string> IgnoredTerms { get; }

    /// <summary>Most words in one term.</summary>
    public int MaxPatternWords { get; }

    /// <summary>Number of distinct compiled patterns.</summary>
    public int PatternCount => _patterns.Length;

    /// <summary>All occurrences of all terms in <paramref name="text"/>, in text order; offsets refer to <paramref name="text"/>.</summary>
    public IReadOnlyList<TermMatch<TPayload>> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raws = MatchRaw(text, out var normalized);
        var result = new List<TermMatch<TPayload>>(raws.Length);
        foreach (var raw in raws)
        {
            var (start, length) = ToOriginal(normalized, text.Length, raw);
            foreach (var (term, payload) in _entries[raw.Pattern])
            {
                result.Add(new TermMatch<TPayload>(term, payload, start, length, raw.TokenIndex, raw.TokenCount));
            }
        }
        return result;
    }

    /// <summary>
    /// The occurrences in <paramref name="text"/> before payloads are attached, for callers that build their own results
    /// (<see cref="EntriesOf"/>, <see cref="ToOriginal"/>). Both outputs live in this thread's scratch: use them before
    /// the next match on the thread.
    /// </summary>
    internal ReadOnlySpan<RawMatch> MatchRaw(string text, out NormalizationBuffer normalized)
    {
        var scratch = MatchScratch.Prepare(text);
        scratch.Matches.Clear();
        MatchRaw(scratch.Normalized, text, scratch.Tokens.Span, scratch.Matches);
        normalized = scratch.Normalized;
        return CollectionsMarshal.AsSpan(scratch.Matches);
    }

    internal ReadOnlySpan<(string Term, TPayload Payload)> EntriesOf(int pattern) => _entries[pattern];

    internal static (int Start, int Length) ToOriginal(NormalizationBuffer normalized, int originalLength, RawMatch raw) =>
        OffsetMap.ToOriginal(normalized.Starts, normalized.Ends, normalized.Length, originalLength, raw.Start, raw.End - raw.Start);

    /// <summary>The single pass: each word, and each stem left after Hebrew prefix letters, is looked up once.</summary>
    internal void MatchRaw(NormalizationBuffer normalized, ReadOnlySpan<char> original, ReadOnlySpan<Token> tokens, List<RawMatch> output)
    {
        var text = normalized.Span;
        var firstNew = output.Count;
        var prefixLengths = _prefixLengths;
        for (var ti = 0; ti < tokens.Length; ti++)
        {
            var token = tokens[ti];
            var word = text.Slice(token.Start, token.Length);
            var maxStrip = token.StartsHebrew ? Math.Min(MaxPrefixLetters, word.Length - 2) : 0;
            for (var strip = 0; strip <= maxStrip; strip++)
            {
                if (strip > 0 && !CharCase.IsHebrewPrefixLetter(word[strip - 1]))
                {
                    break;
                }
                var stem = word[strip..];
                if (_firstWords.MayContain(stem) && _byFirstWord.TryGetValue(stem, out var exact))
                {
                    foreach (var pattern in exact)
                    {
                        TryComplete(text, tokens, ti, token.Start + strip, pattern, output);
                    }
                }
                foreach (var length in prefixLengths)
                {
                    if (length > stem.Length)
                    {
                        break;
                    }
                    if (_firstWordPrefixes.MayContain(stem[..length]) && _byFirstWordPrefix.TryGetValue(stem[..length], out var byPrefix))
                    {
                        foreach (var pattern in byPrefix)
                        {
                            TryComplete(text, tokens, ti, token.Start + strip, pattern, output);
                        }
                    }
                }
            }
        }
        if (_hasCaseSensitive)
        {
            var kept = firstNew;
            for (var i = firstNew; i < output.Count; i++)
            {
                var m = output[i];
                if (_patterns[m.Pattern].CaseSensitiveLetters is not { } letters
                    || SameLetters(original, normalized.Starts[m.Start], normalized.Ends[m.End - 1], letters))
                {
                    output[kept++] = m;
                }
            }
            output.RemoveRange(kept, output.Count - kept);
        }
    }

    private static bool SameLetters(ReadOnlySpan<char> original, int start, int end, string letters)
    {
        var j = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(original[i]))
            {
                continue;
            }
            if (j >= letters.Length || original[i] != letters[j])
            {
                return false;
            }
            j++;
        }
        return j == letters.Length;
    }

    private void TryComplete(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int start, int patternIndex, List<RawMatch> output)
    {
        var pattern = _patterns[patternIndex];
        var words = pattern.Words;
        if (first + words.Length > tokens.Length)
        {
            return;
        }
        for (var j = 1; j < words.Length; j++)
        {
            var previous = tokens[first + j - 1];
            var token = tokens[first + j];
            if (!GapAllowed(text[previous.End..token.Start], pattern.Gaps[j - 1]))
            {
                return;
            }
            var word = text.Slice(token.Start, token.Length);
            var matches = pattern.IsPrefix[j] ? word.StartsWith(words[j], StringComparison.Ordinal) : word.SequenceEqual(words[j]);
            if (!matches)
            {
                return;
            }
        }
        output.Add(new RawMatch(patternIndex, first, words.Length, start, tokens[first + words.Length - 1].End));
    }

    /// <summary>Between two words of a phrase: spacing, hyphens, quotes, or exactly what the term itself has there.</summary>
    private static bool GapAllowed(ReadOnlySpan<char> gap, string termGap)
    {
        var soft = true;
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '\'' or '"'))
            {
                soft = false;
                break;
            }
        }
        if (soft)
        {
            return true;
        }
        // Possessive 's cut from the previous word also sits in the gap ("Iran's nuclear").
        var trimmed = gap.Trim(' ');
        if (trimmed.StartsWith("'s", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..].Trim(' ');
            if (trimmed.IsEmpty || trimmed.SequenceEqual(termGap))
            {
                return true;
            }
        }
        return termGap.Length > 0 && RemoveSpaces(trimmed).SequenceEqual(termGap);
    }

    private static string RemoveSpaces(ReadOnlySpan<char> gap) => gap.ToString().Replace(" ", "", StringComparison.Ordinal);
}

/// <summary>
/// A 64K-bit filter on (length, first letter, last letter) of the words terms start with: almost every word of a text
/// is rejected by one bit test instead of a hash lookup per stem.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[1024];

    public void Add(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        _bits[h >> 6] |= 1UL << (int)(h & 63);
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        return (_bits[h >> 6] & (1UL << (int)(h & 63))) != 0;
    }

    private static uint Hash(ReadOnlySpan<char> word) =>
        word.IsEmpty ? 0 : ((uint)word.Length * 0x9E3779B1u ^ word[0] * 0x85EBCA77u ^ word[^1] * 0xC2B2AE3Du) >> 16;
}

/// <summary>
/// Per-thread buffers so matching allocates nothing per text beyond its results. Shared by every matcher on the thread
/// and keyed on the last text: extraction runs one sentence through several matchers in a row (actors, triggers,
/// statutes), and normalizing and splitting the text is most of a match, so it is done once per text, not per matcher.
/// </summary>
internal sealed class MatchScratch
{
    [ThreadStatic] private static MatchScratch? s_current;

    public readonly NormalizationBuffer Normalized = new();
    public readonly TokenBuffer Tokens = new();
    public readonly List<RawMatch> Matches = [];

    // Strings are immutable, so the same reference means the same normalization and words.
    private string? _text;

    /// <summary>This thread's scratch with <paramref name="text"/> normalized and split into words.</summary>
    public static MatchScratch Prepare(string text)
    {
        var scratch = s_current ??= new MatchScratch();
        if (!ReferenceEquals(scratch._text, text))
        {
            scratch._text = null; // not reusable should normalizing fail half-way
            TextNormalizer.Normalize(text, scratch.Normalized);
            Tokenizer.Tokenize(scratch.Normalized.Span, scratch.Tokens);
            scratch._text = text;
        }
        return scratch;
    }
}
