namespace Briefing.Analysis.Text;

/// <summary>
/// Splits normalized text (<see cref="Briefing.Analysis.TextNormalizer"/>) into words: runs of letters and digits.
/// A geresh or gershayim between two Hebrew letters stays inside the word (אזרבייג'ן, ארה"ב); an apostrophe between two
/// Latin letters stays inside (Sa'ar, don't); an English possessive <c>'s</c> is cut off so the word is its stem.
/// </summary>
public static class Tokenizer
{
    /// <summary>Words of already normalized text.</summary>
    public static IReadOnlyList<Token> Tokenize(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var tokens = new List<Token>();
        var buffer = new TokenBuffer();
        Tokenize(normalizedText, buffer);
        for (var i = 0; i < buffer.Count; i++)
        {
            tokens.Add(buffer.Tokens[i]);
        }
        return tokens;
    }

    internal static void Tokenize(ReadOnlySpan<char> text, TokenBuffer output)
    {
        output.Count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsWordChar(c))
                {
                    i++;
                    continue;
                }
                if (c is '\'' or '"' && i + 1 < text.Length && JoinsInside(c, text[i - 1], text[i + 1]))
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
            output.Add(new Token(start, length, IsHebrewLetter(text[start])));
        }
    }

    private static bool JoinsInside(char mark, char before, char after) =>
        (IsHebrewLetter(before) && IsHebrewLetter(after)) || (mark == '\'' && IsLatinLetter(before) && IsLatinLetter(after));

    internal static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';

    private static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' || (c > '\u00BF' && c < '\u0250' && char.IsLetter(c));

    private static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : IsHebrewLetter(c) || char.IsLetterOrDigit(c);
}

/// <summary>Reusable token list for hot paths.</summary>
internal sealed class TokenBuffer
{
    public Token[] Tokens = new Token[1024];
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
