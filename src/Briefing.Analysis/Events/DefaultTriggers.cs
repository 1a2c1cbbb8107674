namespace Briefing.Analysis.Events;

/// <summary>The built-in trigger lexicon for Hebrew and English. Data: callers may pass their own list.</summary>
public static class DefaultTriggers
{
    private const string VerbPrefixes = "ושכה";
    private const string NounPrefixes = "ובכלמשה";

    /// <summary>All default triggers.</summary>
    public static IReadOnlyList<TriggerDefinition> All { get; } = Build();

    private static List<TriggerDefinition> Build()
    {
        var list = new List<TriggerDefinition>();
        void Verbs(EventType type, params string[] phrases) =>
            list.AddRange(phrases.Select(p => new TriggerDefinition(type, p, TriggerKind.Verb, VerbPrefixes)));
        void Nouns(EventType type, params string[] phrases) =>
            list.AddRange(phrases.Select(p => new TriggerDefinition(type, p, TriggerKind.Noun, NounPrefixes)));

        Verbs(EventType.Meeting,
            "נפגש", "נפגשה", "נפגשו", "ייפגש", "נועד", "נועדה", "נועדו", "שוחח", "שוחחה", "שוחחו", "שוחחו בטלפון", "קיים פגישה",
            "קיימו פגישה", "קיים שיחה", "קיימו שיחה", "קיימו שיחות", "קיים פגישת עבודה", "התקשר", "נפגשים", "נועדים",
            "met", "meets", "meet with", "held talks", "hold talks", "holds talks", "held a meeting", "held a discussion",
            "had held a", "phoned", "telephoned", "spoke by phone", "spoke with", "hosted", "hosts", "sat down with");
        Nouns(EventType.Meeting,
            "פגישה", "פגישת", "הפגישה", "שיחה", "שיחת טלפון", "שיחות", "מפגש", "talks", "meeting", "phone call", "call with", "summit",
            "held indirect talks", "indirect talks");
        Verbs(EventType.Visit, "ביקר", "ביקרה", "ביקרו", "הגיע לביקור", "הגיעה לביקור", "נחת", "נחתה", "visited", "visits", "arrived in", "travelled to", "traveled to");
        Nouns(EventType.Visit, "ביקור", "ביקורו", "visit", "trip");

        Verbs(EventType.Statement,
            "הודיע", "הודיעה", "הודיעו", "אמר", "אמרה", "אמרו", "מסר", "מסרה", "מסרו", "נמסר", "הזהיר", "הזהירה", "הזהירו", "הצהיר",
            "הצהירה", "הצהירו", "ציין", "ציינה", "ציינו", "נכתב", "בירך", "בירכה", "גינה", "גינתה", "גינו", "הגיב", "הגיבה", "הגיבו",
            "התחייב", "התחייבו", "קבעה", "הדגיש", "הדגישה", "הדגישו",
            "said", "says", "announced", "announces", "warned", "warns", "declared", "stated", "pledged", "pledge", "vowed", "vow",
            "welcomed", "welcomes", "condemned", "condemns", "told", "called the", "described", "congratulated", "congratulates",
            "credits", "credited", "wrote", "argued", "insisted", "rejected");
        Nouns(EventType.Statement,
            "הצהרה משותפת", "הצהרה", "הודעה", "הודעה משותפת", "החלטה", "joint statement", "joint statements", "statement", "statements",
            "resolution", "letter", "declaration", "appeal", "joint appeal");

        Verbs(EventType.Recommendation,
            "ממליץ", "ממליצה", "ממליצים", "המליץ", "המליצה", "המליצו", "קרא ל*", "קראה ל*", "קראו ל*", "קורא ל*", "קוראת ל*", "קוראים ל*",
            "לקרוא ל*", "הפציר", "הפצירה", "דחק", "דחקה", "recommends", "recommended", "recommend", "urged", "urges", "urge", "called on",
            "calls on", "call on", "called for", "calls for", "call for", "advised", "advises");
        Nouns(EventType.Recommendation, "נייר עמדה", "המלצה", "המלצות", "recommendation", "recommendations", "policy brief", "position paper");
        list.AddRange(new[] { "should", "ought to" }.Select(p => new TriggerDefinition(EventType.Recommendation, p, TriggerKind.Modal)));
        list.AddRange(new[] { "יש ל*", "צריך ל*", "צריכה ל*", "צריכים ל*" }
            .Select(p => new TriggerDefinition(EventType.Recommendation, p, TriggerKind.Modal, "ו")));

        Verbs(EventType.Legislation,
            "נחקק", "חוקק", "אישר את החוק", "אישרה את החוק", "אישרה חוק", "העביר חוק", "העבירה חוק", "אשררה", "אישרר", "הפעילו את מנגנון",
            "waived", "waives", "extended a waiver", "extended the waiver", "passed", "approved legislation", "approved the bill",
            "enacted", "promulgated", "repealed", "ratified", "vetoed", "triggered", "notified the", "approved the sale", "has approved",
            "cleared", "imposed sanctions", "reimposed");
        Nouns(EventType.Legislation,
            "ויתור", "הוויתור", "הארכת הוויתור", "צו נשיאותי", "הצעת חוק", "סנקציות", "waiver", "bill", "executive order",
            "national security memorandum", "presidential memorandum", "sanctions", "snapback", "legislation", "certification");
        list.AddRange(new[] { "סעיף", "חוק", "תיקון", "ביטול", "Section", "section", "Act", "law", "statute", "amendment", "provision", "repeal" }
            .Select(p => new TriggerDefinition(EventType.Legislation, p, TriggerKind.LegalReference, NounPrefixes)));

        list.AddRange(new[] { "חתם", "חתמה", "חתמו", "נחתם", "נחתמה", "signed", "signs", "inked", "put their names to", "initialled", "initialed" }
            .Select(p => new TriggerDefinition(EventType.Agreement, p, TriggerKind.Signing, VerbPrefixes)));
        Verbs(EventType.Agreement, "agreed to buy", "agreed on", "agreed to", "הסכימו", "סיכמו", "הגיעו להסכמה");
        Nouns(EventType.Agreement,
            "הסכם", "הסכמים", "מזכר הבנות", "מזכר", "עסקה", "חוזה", "רישיון", "הפסקת אש", "agreement", "accord", "deal", "memorandum of understanding",
            "memorandum", "MoU", "contract", "licence", "license", "ceasefire", "joint declaration", "treaty");
        return list;
    }
}
