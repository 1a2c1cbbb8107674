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

    public static string? Of(string text)
    {
        var keys = WordTokenizer.Tokenize(text).Select(t => t.Key).ToList();
        foreach (var (instrument, words) in Kinds)
            if (keys.Any(k => words.Any(w => k == w || (k.Length > w.Length && k.EndsWith(w, StringComparison.Ordinal) && k.Length - w.Length <= 2))))
                return instrument;
        return null;
    }
}
