using System.Text;
using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>
/// The buffer-based <see cref="TextCleaner"/> against the plain character-by-character rules it implements (the code it
/// replaced, kept here as the reference), on random text full of the characters the rules single out.
/// </summary>
public class TextCleanerReferenceTests
{
    // Letters of both scripts, every kind of space and line break, controls, bidi and zero-width characters, niqqud and
    // a Latin combining accent (NFC reorders and composes them), a singleton NFC changes (U+212B), surrogates paired and lone.
    private const string Alphabet = "abcXYZ019.,-'\"אבגשת \t\n\r\v\f\u0001\u007F\u0085\u0090\u00A0\u1680\u2000\u2003\u2007\u2028\u2029\u202F\u3000"
        + "\u202A\u202E\u2066\u200E\u200F\u061C\uFEFF\u200B\u2060\uFFFE\uFFFF\u05B8\u05BC\u05C1e\u0301\u212B\uFB2A\u05BE\u05F4\u2019\u2026";

    [Fact]
    public void Clean_body_and_clean_line_match_the_reference_rules()
    {
        var random = new Random(907);
        for (var n = 0; n < 3000; n++)
        {
            var text = RandomText(random, random.Next(0, 60), loneSurrogates: n % 20 == 0);
            Assert.Equal(Outcome(() => ReferenceCleanBody(text)), Outcome(() => TextCleaner.CleanBody(text)));
            Assert.Equal(Outcome(() => ReferenceCleanLine(text)), Outcome(() => TextCleaner.CleanLine(text)));
        }
    }

    // Normalisation rejects a lone surrogate before cleaning can drop it; the same text must fail the same way.
    private static string Outcome(Func<string> clean)
    {
        try
        {
            return clean();
        }
        catch (ArgumentException e)
        {
            return "throws " + e.GetType().Name;
        }
    }

    [Fact]
    public void Plain_hebrew_and_english_text_is_unchanged_apart_from_spacing()
    {
        const string text = "  שר החוץ נפגש היום – עם עמיתו “בבירה”…\r\n\r\n\r\nThe minister's   visit\u00A0ended.  ";
        Assert.Equal(ReferenceCleanBody(text), TextCleaner.CleanBody(text));
        Assert.Equal("שר החוץ נפגש היום – עם עמיתו “בבירה”…\n\nThe minister's visit ended.", TextCleaner.CleanBody(text));
    }

    private static string RandomText(Random random, int length, bool loneSurrogates)
    {
        var builder = new StringBuilder(length + 2);
        for (var i = 0; i < length; i++)
        {
            var r = random.Next(Alphabet.Length + (loneSurrogates ? 2 : 1));
            if (r == Alphabet.Length) builder.Append('\uD83D').Append('\uDE00'); // a pair
            else if (r == Alphabet.Length + 1) builder.Append(random.Next(2) == 0 ? '\uD83D' : '\uDE00'); // a lone half
            else builder.Append(Alphabet[r]);
        }
        return builder.ToString();
    }

    private static string ReferenceCleanBody(string text)
    {
        var cleaned = ReferenceNeutralise(text, keepNewlines: true);
        var builder = new StringBuilder();
        var blank = 0;
        foreach (var raw in cleaned.Split('\n'))
        {
            var line = ReferenceCollapseSpaces(raw);
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (builder.Length > 0) builder.Append(blank > 0 ? "\n\n" : "\n");
            builder.Append(line);
            blank = 0;
        }
        return builder.ToString();
    }

    private static string ReferenceCleanLine(string text) => ReferenceCollapseSpaces(ReferenceNeutralise(text, keepNewlines: false));

    private static string ReferenceNeutralise(string text, bool keepNewlines)
    {
        var normalised = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder();
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (c == '\r')
            {
                if (i + 1 < normalised.Length && normalised[i + 1] == '\n') continue;
                builder.Append(keepNewlines ? '\n' : ' ');
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085') builder.Append(keepNewlines ? '\n' : ' ');
            else if (c is '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\f' or '\v') builder.Append(' ');
            else if (char.IsControl(c) || TextCleaner.IsBidiControl(c) || c is '\uFEFF' or '\u200B' or '\u2060' or '\uFFFE' or '\uFFFF') continue;
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1]))
                    builder.Append(c).Append(normalised[++i]);
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static string ReferenceCollapseSpaces(string line)
    {
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in line)
        {
            if (c == ' ' || (char.IsWhiteSpace(c) && c != '\n'))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
