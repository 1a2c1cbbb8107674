namespace Briefing.Analysis.Events;

/// <summary>Names the kind of instrument a sentence is about, the same in Hebrew and English, so two signings the same day stay apart.</summary>
internal static class Instruments
{
    private static readonly (string Instrument, string[] Words)[] Kinds =
    [
        ("memorandum", ["memorandum", "mou", "מזכר"]),
        ("declaration", ["declaration", "הצהרה"]),
        ("waiver", ["waiver", "waived", "waives", "ויתור", "הוויתור"]),
        ("law", ["law", "bill", "legislation", "חוק", "הצעת"]),
        ("contract", ["contract", "licence", "license", "חוזה", "רישיון"]),
        ("deal", ["deal", "stake", "acquisition", "עסקה", "אחזקה"]),
        ("sanctions", ["snapback", "sanctions", "סנקציות"]),
    ];

    public static string? Of(ExtractedEvent e) =>
        e.Type is EventType.Agreement or EventType.Legislation ? Of(e.Quote) : null;

    public static string? Of(string text) => Of(WordTokenizer.Tokenize(text));

    /// <summary>The instrument named by the words of a text (already tokenized, e.g. a sentence's tokens).</summary>
    public static string? Of(List<WordToken> tokens)
    {
        foreach (var (instrument, words) in Kinds)
            foreach (var token in tokens)
                if (Names(token.Key, words))
                    return instrument;
        return null;
    }

    // The word itself or the word behind up to two prefix letters ("והמזכר", "bill"/"the bill").
    private static bool Names(string key, string[] words)
    {
        foreach (var w in words)
            if (key == w || (key.Length > w.Length && key.EndsWith(w, StringComparison.Ordinal) && key.Length - w.Length <= 2))
                return true;
        return false;
    }
}
