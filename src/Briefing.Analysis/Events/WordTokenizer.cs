using System.Globalization;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Events;

/// <summary>
/// Splits text into words without changing offsets. Keeps ארה"ב, אזרבייג'ן, U.S. and Sa'ar as single words;
/// the key unifies ״/׳/’ with ASCII quotes, drops niqqud and dots, and drops an English possessive 's.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text, int from = 0, int to = -1)
    {
        if (to < 0)
            to = text.Length;
        // News prose averages a word per six characters or so; sizing for that avoids most regrowth.
        var tokens = new List<WordToken>(Math.Max(4, (to - from) / 5));
        Add(text, from, to, tokens);
        return tokens;
    }

    /// <summary>The words of <paramref name="text"/> into <paramref name="tokens"/> (cleared first), reused sentence after sentence.</summary>
    public static void Tokenize(string text, List<WordToken> tokens)
    {
        tokens.Clear();
        Add(text, 0, text.Length, tokens);
    }

    private static void Add(string text, int from, int to, List<WordToken> tokens)
    {
        var keys = KeyCache.ForThread();
        var i = from;
        while (i < to)
        {
            if (!CharCase.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var segmentStart = i;
            var key = keys.Buffer(to - start);
            var length = 0;
            while (i < to)
            {
                var c = text[i];
                if (CharCase.IsLetterOrDigit(c))
                {
                    key[length++] = CharCase.ToLowerInvariant(c);
                    i++;
                }
                else if (c >= '\u0080' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if (IsQuote(c) && i + 1 < to && CharCase.IsLetter(text[i + 1]) && i > start)
                {
                    key[length++] = IsDoubleQuote(c) ? '"' : '\'';
                    i++;
                }
                else if (c == '.' && i - segmentStart == 1 && i + 1 < to && CharCase.IsLetter(text[i + 1]) && char.IsUpper(text[i - 1]))
                {
                    // U.S., U.N.: an acronym with dots is one word; the key drops the dots.
                    i++;
                    segmentStart = i;
                }
                else
                {
                    break;
                }
            }
            if (i < to && text[i] == '.' && i - segmentStart == 1 && segmentStart > start)
                i++; // the final dot of U.S.
            var isHebrew = CharCase.IsHebrewLetter(text[start]);
            ReadOnlySpan<char> k = key[..length];
            if (!isHebrew && k.Length > 2 && k.EndsWith("'s", StringComparison.Ordinal))
                k = k[..^2];
            tokens.Add(new WordToken(start, i, keys.Get(k), isHebrew));
        }
    }

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u05F3' or '\u05F4' or '\u2019' or '\u2018' or '\u201D' or '\u201C';

    private static bool IsDoubleQuote(char c) => c is '"' or '\u05F4' or '\u201D' or '\u201C';

    /// <summary>The keys of a phrase, tokenized the same way as text.</summary>
    public static string[] Keys(string phrase) => Tokenize(phrase).Select(t => t.Key).ToArray();

    /// <summary>
    /// Per-thread key strings: a text repeats its words, and a corpus its vocabulary, so each distinct key is allocated
    /// once per thread instead of once per occurrence. Bounded, so a long run over varied text cannot grow it without limit.
    /// </summary>
    /// <remarks>
    /// An open-addressing table of the key strings themselves, probed with a span: every word of every sentence is looked
    /// up here, and a <see cref="Dictionary{TKey,TValue}"/> alternate lookup (comparer dispatch, randomized string hashing)
    /// cost several times more per word.
    /// </remarks>
    private sealed class KeyCache
    {
        private const int MaxKeys = 32 * 1024;
        [ThreadStatic] private static KeyCache? _current;

        private string?[] _slots = new string?[1024]; // a power of two, at most half full
        private int _count;
        private char[] _buffer = new char[64];

        public static KeyCache ForThread() => _current ??= new KeyCache();

        /// <summary>Room for a key of up to <paramref name="length"/> characters.</summary>
        public Span<char> Buffer(int length)
        {
            if (_buffer.Length < length)
                _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            return _buffer;
        }

        public string Get(ReadOnlySpan<char> key)
        {
            if (key.IsEmpty)
                return "";
            var hash = Hash(key);
            var mask = _slots.Length - 1;
            var i = (int)(hash & (uint)mask);
            for (var slot = _slots[i]; slot is not null; slot = _slots[i])
            {
                if (key.SequenceEqual(slot))
                    return slot;
                i = (i + 1) & mask;
            }
            var created = key.ToString();
            if (_count >= MaxKeys)
            {
                Array.Clear(_slots);
                _count = 0;
            }
            else if ((_count + 1) * 2 > _slots.Length)
                Grow();
            Insert(_slots, created, hash);
            _count++;
            return created;
        }

        private void Grow()
        {
            var larger = new string?[_slots.Length * 2];
            foreach (var key in _slots)
                if (key is not null)
                    Insert(larger, key, Hash(key));
            _slots = larger;
        }

        private static void Insert(string?[] slots, string key, uint hash)
        {
            var mask = slots.Length - 1;
            var i = (int)(hash & (uint)mask);
            while (slots[i] is not null)
                i = (i + 1) & mask;
            slots[i] = key;
        }

        // FNV-1a with a final mix so that the low bits, which pick the slot, depend on every character.
        private static uint Hash(ReadOnlySpan<char> key)
        {
            var hash = 2166136261u;
            foreach (var c in key)
                hash = (hash ^ c) * 16777619u;
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6Du;
            hash ^= hash >> 12;
            return hash;
        }
    }
}
