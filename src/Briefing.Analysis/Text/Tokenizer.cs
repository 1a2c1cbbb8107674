namespace Briefing.Analysis.Text;

/// <summary>
/// Splits normalized text (<see cref="Briefing.Analysis.TextNormalizer"/>) into words: runs of letters and digits.
/// A geresh or gershayim between two Hebrew letters stays inside the word (אזרבייג'ן, ארה"ב); an apostrophe between two
/// Latin letters stays inside (Sa'ar, don't); digits joined by - . , / : stay one word (907-555-0142, 9/11, 3.5);
/// an English possessive <c>'s</c> is cut off so the word is its stem.
/// </summary>
public static class Tokenizer
{
    /// <summary>Words of already normalized text.</summary>
    public static IReadOnlyList<Token> Tokenize(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var buffer = new TokenBuffer(normalizedText.Length / 4 + 4);
        Tokenize(normalizedText, buffer);
        return buffer.Span.ToArray();
    }

    internal static void Tokenize(ReadOnlySpan<char> text, TokenBuffer output)
    {
        output.Count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!CharCase.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (CharCase.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }
                if (c is '\'' or '"' or '-' or '.' or ',' or '/' or ':' && i + 1 < text.Length && JoinsInside(c, text[i - 1], text[i + 1]))
                {
                    i += 2;
                    continue;
                }
                break;
            }
            var length = i - start;
            if (length > 2 && text[i - 1] == 's' && text[i - 2] == '\'' && IsLatinLetter(text[i - 3]))
            {
                length -= 2;
            }
            output.Add(new Token(start, length, CharCase.IsHebrewLetter(text[start])));
        }
    }

    private static bool JoinsInside(char mark, char before, char after) => mark switch
    {
        '\'' => (CharCase.IsHebrewLetter(before) && CharCase.IsHebrewLetter(after)) || (IsLatinLetter(before) && IsLatinLetter(after)),
        '"' => CharCase.IsHebrewLetter(before) && CharCase.IsHebrewLetter(after),
        // Phone numbers, dates, ranges and decimals are one word, so "907" is not found in 907-555-0142.
        _ => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
    };


    private static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' || (c > '\u00BF' && c < '\u0250' && char.IsLetter(c));

}

/// <summary>Reusable token list for hot paths.</summary>
internal sealed class TokenBuffer(int capacity = 1024)
{
    public Token[] Tokens = new Token[Math.Max(capacity, 4)];
    public int Count;

    public ReadOnlySpan<Token> Span => Tokens.AsSpan(0, Count);

    public void Add(Token token)
    {
        if (Count == Tokens.Length)
        {
            Array.Resize(ref Tokens, Count * 2);
        }
        Tokens[Count++] = token;
    }
}
