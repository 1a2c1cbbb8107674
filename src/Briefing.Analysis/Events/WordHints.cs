using System.Buffers;
using System.Text;

namespace Briefing.Analysis.Events;

/// <summary>
/// "Does the text contain any of these words?", a cheap gate in front of a regex. ASCII words go to
/// <see cref="SearchValues{T}"/> (a vectorised multi-string search). Hebrew words are looked for one by one with
/// <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>, also vectorised: for them SearchValues falls back
/// to a matcher that does a dictionary lookup for every Hebrew character of the text, several times slower.
/// </summary>
internal sealed class WordHints
{
    private readonly SearchValues<string>? _ascii;
    private readonly string[] _words;

    /// <param name="words">The words; at least one must occur in every text the gated pattern can match.</param>
    /// <param name="ignoreCase">Compare ASCII letters case-insensitively (only allowed for ASCII words).</param>
    public WordHints(string[] words, bool ignoreCase = false)
    {
        var ascii = words.All(w => Ascii.IsValid(w));
        if (ignoreCase && !ascii)
            throw new ArgumentException("Case-insensitive hints must be ASCII.", nameof(words));
        _words = words;
        if (ascii)
            _ascii = SearchValues.Create(words, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    public bool In(ReadOnlySpan<char> text)
    {
        if (_ascii is not null)
            return text.ContainsAny(_ascii);
        foreach (var word in _words)
            if (text.Contains(word, StringComparison.Ordinal))
                return true;
        return false;
    }
}
