namespace Briefing.Analysis.Events;

/// <summary>Small closed word lists that decide whether a trigger reports something that happened.</summary>
internal static class SentenceCues
{
    /// <summary>Before a common noun: the noun is the setting of another event ("during the meeting", "במהלך הביקור").</summary>
    public static readonly HashSet<string> Backgrounding = new(StringComparer.Ordinal)
    {
        "during", "amid", "sidelines", "במהלך", "בעת", "בזמן", "בשולי",
    };

    /// <summary>Near a trigger: the event is planned, expected or hypothetical.</summary>
    public static readonly HashSet<string> Irrealis = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "might", "may", "expected", "planned", "plans", "scheduled", "is", "be", "if", "unless",
        "long", "often", "usually", "always",
        "צפוי", "צפויה", "צפויים", "עתיד", "עתידה", "אמור", "אמורה", "אמורים", "מתוכנן", "המתוכנן", "המתוכננת", "אם", "עשוי", "עשויה",
    };

    /// <summary>Just before a trigger: it did not happen.</summary>
    public static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "not", "never", "didn't", "did", "declined", "refused", "no", "לא", "טרם", "סירב", "סירבה", "סירבו", "מסרב",
    };

    /// <summary>After "agreed (on …) to": what makes agreeing a deal rather than a plan ("agreed to buy", not "agreed to meet").</summary>
    public static readonly HashSet<string> DealComplements = new(StringComparer.Ordinal)
    {
        "buy", "sell", "acquire", "purchase", "supply", "establish", "form", "normalize", "normalise", "restore", "open", "exchange",
        "release", "pay", "invest", "build", "share", "swap", "transfer", "lease", "extend", "renew", "end", "halt", "stop", "lift",
    };

    /// <summary>A pronoun subject just before a verb: the speaker is whoever was named last.</summary>
    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "הוא", "היא", "הם", "הן" };

    /// <summary>Hosting verbs: a meeting only when nothing else happened at the occasion.</summary>
    public static readonly HashSet<string> Hosting = new(StringComparer.Ordinal) { "hosted", "אירח", "אירחה", "אירחו" };

    /// <summary>Words that refer back to the people just named ("the two leaders", "הנשיאים", "השניים").</summary>
    public static readonly HashSet<string> PluralAnaphors = new(StringComparer.Ordinal)
    {
        "leaders", "presidents", "ministers", "pair", "השניים", "הנשיאים", "המנהיגים", "השרים",
    };

    /// <summary>Light verbs that may follow their noun ("the meeting took place", "הפגישה התקיימה").</summary>
    public static readonly HashSet<string> PostNominalSupport = new(StringComparer.Ordinal)
    {
        "took place", "was held", "was adopted", "was passed", "was approved", "was signed", "אושרה", "אושר", "התקבלה", "התקיים", "התקיימה", "התקיימו", "נערך", "נערכה", "הושג", "הושגה", "נחתם", "נחתמה",
    };

    /// <summary>Between the people one person met: separate meetings ("met Cohen and then Netanyahu").</summary>
    public static readonly HashSet<string> Sequence = new(StringComparer.Ordinal) { "then", "later", "afterwards", "ואחר", "ולאחר", "ואחריו" };

    private static readonly string[] AttributionMarkers = ["according to the ", "according to ", "לפי ", "על פי ", "cited by "];

    /// <summary>Is the name at <paramref name="start"/> the source of the report ("according to the White House") rather than a party?</summary>
    public static bool IsAttribution(string text, int start)
    {
        var before = text.AsSpan(0, start);
        foreach (var marker in AttributionMarkers)
            if (before.EndsWith(marker, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Does the sentence end as a sentence? Headlines, captions, tags and bylines do not.</summary>
    public static bool IsFullSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
            return false;
        var last = t[^1];
        if (last is '.' or '!' or '?' or '…')
            return true;
        return last is '"' or '”' or '״' or '\'' or '’' && t.Length > 1 && t[^2] is '.' or '!' or '?' or ',';
    }
}
