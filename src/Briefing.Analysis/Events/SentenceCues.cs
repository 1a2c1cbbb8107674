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
        "צפוי", "צפויה", "צפויים", "עתיד", "עתידה", "אמור", "אמורה", "אמורים", "מתוכנן", "המתוכנן", "המתוכננת", "אם", "עשוי", "עשויה",
    };

    /// <summary>Just before a trigger: it did not happen.</summary>
    public static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "not", "never", "didn't", "did", "declined", "refused", "no", "לא", "טרם", "סירב", "סירבה", "סירבו", "מסרב",
    };

    /// <summary>After "agreed to": complements that are plans, not agreements.</summary>
    public static readonly HashSet<string> NonAgreementComplements = new(StringComparer.Ordinal)
    {
        "meet", "talk", "continue", "resume", "hold", "discuss", "consider", "delay", "postpone",
    };

    /// <summary>Between the people one person met: separate meetings ("met Cohen and then Netanyahu").</summary>
    public static readonly HashSet<string> Sequence = new(StringComparer.Ordinal) { "then", "later", "afterwards", "ואחר", "ולאחר", "ואחריו" };

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
