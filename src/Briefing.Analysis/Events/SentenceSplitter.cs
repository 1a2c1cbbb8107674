namespace Briefing.Analysis.Events;

/// <summary>
/// Splits Hebrew and English text into sentences with offsets. Every line is a block of its own (headlines and
/// captions carry no full stop). Inside a line a sentence ends at . ! ? followed by space, unless the dot belongs to
/// an abbreviation (U.S., Nov., Dr.), an initial, or a number (0.8, 24.11.2025).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "st", "no", "vs", "etc",
        "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m", "approx", "est", "dept",
    };

    // Looked up by span: a dot ends most sentences, and a string per dot only to test it was waste.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences))
                paragraph++;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static bool SplitLine(string text, int from, int to, int paragraph, List<Sentence> sentences)
    {
        var added = false;
        var start = from;
        for (var i = from; i < to; i++)
        {
            // Jump to the next sentence mark: most of a line is none.
            var mark = text.AsSpan(i, to - i).IndexOfAny('.', '!', '?');
            if (mark < 0)
                break;
            i += mark;
            var c = text[i];
            var next = i + 1;
            while (next < to && text[next] is '"' or '\'' or '”' or '’' or ')' or '.' or '!' or '?')
                next++;
            if (next < to && !char.IsWhiteSpace(text[next]))
                continue;
            if (c == '.' && EndsAbbreviation(text, from, i))
                continue;
            added |= Add(text, start, next, paragraph, sentences);
            start = next;
            i = next - 1;
        }
        added |= Add(text, start, to, paragraph, sentences);
        return added;
    }

    private static bool EndsAbbreviation(string text, int lineStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
            return false;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial or the last letter of U.S.
        if (word.Contains('.'))
            return true; // U.S, a.m
        return AbbreviationsBySpan.Contains(word);
    }

    private static bool Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end <= start)
            return false;
        sentences.Add(new Sentence(text[start..end], start, paragraph));
        return true;
    }
}
