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
        void Add(EventType type, TriggerKind kind, string prefixes, params string[] phrases) =>
            list.AddRange(phrases.Select(p => new TriggerDefinition(type, p, kind, prefixes)));
        void Verbs(EventType type, params string[] phrases) => Add(type, TriggerKind.Verb, VerbPrefixes, phrases);
        void Nouns(EventType type, params string[] phrases) => Add(type, TriggerKind.Noun, NounPrefixes, phrases);
        void CommonNouns(EventType type, params string[] phrases) => Add(type, TriggerKind.SupportedNoun, NounPrefixes, phrases);

        Verbs(EventType.Meeting,
            "נפגש", "נפגשה", "נפגשו", "אירח", "אירחה", "אירחו", "נועד עם", "נועדה עם", "נועדו עם", "שוחח", "שוחחה", "שוחחו", "התקשר אל", "התקשר ל*",
            "met", "held talks", "hold talks", "held a meeting", "held a discussion", "had held a", "phoned", "telephoned",
            "spoke by phone", "spoke with", "hosted", "sat down with", "held indirect talks", "held direct talks");
        Nouns(EventType.Meeting, "phone call", "שיחת טלפון", "פגישת עבודה", "פגישה בילטרלית");
        CommonNouns(EventType.Meeting, "פגישה", "פגישת", "שיחה", "שיחות", "מפגש", "talks", "meeting", "discussion", "discussions", "summit", "call");
        Verbs(EventType.Visit, "ביקר", "ביקרה", "ביקרו", "הגיע לביקור", "הגיעה לביקור", "הגיעו לביקור", "נחת", "נחתה",
            "visited", "arrived in", "travelled to", "traveled to");
        Add(EventType.Visit, TriggerKind.Presence, VerbPrefixes, "inaugurated", "opened", "toured", "attended", "addressed",
            "חנך", "חנכה", "פתח", "פתחה", "סייר", "סיירה", "השתתף", "השתתפה", "נאם", "נאמה");
        CommonNouns(EventType.Visit, "ביקור", "ביקורו", "ביקורה", "visit", "trip");

        Verbs(EventType.Statement,
            "הודיע", "הודיעה", "הודיעו", "אמר", "אמרה", "אמרו", "מסר", "מסרה", "מסרו", "נמסר", "הזהיר", "הזהירה", "הזהירו", "הצהיר",
            "הצהירה", "הצהירו", "ציין", "ציינה", "ציינו", "נכתב", "בירך", "בירכה", "גינה", "גינתה", "גינו", "התחייב", "התחייבו",
            "הדגיש", "הדגישה", "הדגישו", "קבעה", "לדברי", "אישרה החלטה", "קיבלה החלטה", "קיבלו החלטה",
            "passed a resolution", "adopted a resolution", "approved a resolution",
            "said", "says", "announced", "warned", "declared", "stated", "pledged", "vowed", "welcomed", "condemned", "told",
            "called the", "described", "congratulated", "congratulates", "credits", "credited", "wrote", "argued", "insisted",
            "argues", "writes", "notes", "noted", "stresses", "stressed", "warns", "announces", "declares", "insists", "maintains");
        Nouns(EventType.Statement, "הצהרה משותפת", "הודעה משותפת", "joint statement", "joint statements", "joint appeal", "congratulatory letter");
        CommonNouns(EventType.Statement, "הצהרה", "הודעה", "החלטה", "statement", "statements", "resolution", "letter", "appeal");

        Verbs(EventType.Recommendation,
            "ממליץ", "ממליצה", "ממליצים", "המליץ", "המליצה", "המליצו", "קרא ל*", "קראה ל*", "קראו ל*", "קורא ל*", "קוראת ל*", "קוראים ל*",
            "לקרוא ל*", "הפציר", "הפצירה", "recommends", "recommended", "recommend", "urged", "urges", "urge", "called on",
            "calls on", "call on", "called for", "calls for", "call for", "advised", "advises");
        Nouns(EventType.Recommendation, "נייר עמדה", "המלצה", "המלצות", "recommendation", "recommendations", "policy brief", "position paper");
        Add(EventType.Recommendation, TriggerKind.Modal, "", "should", "ought to", "must");
        Add(EventType.Recommendation, TriggerKind.Modal, "ו", "יש ל*", "צריך ל*", "צריכה ל*", "צריכים ל*", "צריכות ל*",
            "חייב ל*", "חייבת ל*", "חייבים ל*", "חייבות ל*");

        Verbs(EventType.Legislation,
            "נחקק", "חוקק", "אישר את החוק", "אישרה את החוק", "אישרה חוק", "העביר חוק", "העבירה חוק", "הפעילו את מנגנון",
            "waived", "waives", "extended a waiver", "extended the waiver", "passed", "approved legislation", "approved the bill",
            "enacted", "promulgated", "repealed", "vetoed", "triggered", "notified the", "has approved", "imposed sanctions", "reimposed",
            "imposed new sanctions", "sanctioned", "הטיל סנקציות", "הטילה סנקציות", "הטילו סנקציות", "הטילה סנקציות חדשות", "הטיל סנקציות חדשות");
        Nouns(EventType.Legislation, "בקריאה שלישית", "בקריאה ראשונה", "בקריאה טרומית", "final reading", "third reading", "הארכת הוויתור", "צו נשיאותי", "executive order", "national security memorandum", "presidential memorandum");
        CommonNouns(EventType.Legislation, "ויתור", "הוויתור", "הצעת חוק", "waiver", "bill", "certification", "legislation", "sanctions", "סנקציות");
        Add(EventType.Legislation, TriggerKind.LegalReference, NounPrefixes,
            "סעיף", "חוק", "תיקון", "ההגבלה", "הגבלה", "Section", "Act", "law", "statute", "amendment", "provision", "restriction", "clause");

        Add(EventType.Agreement, TriggerKind.Signing, VerbPrefixes,
            "חתם", "חתמה", "חתמו", "נחתם", "נחתמה", "signed", "inked", "put their names to", "initialled", "initialed");
        Verbs(EventType.Agreement, "agreed", "הגיעו להסכמה", "הגיעו להסכם");
        Nouns(EventType.Agreement, "מזכר הבנות", "memorandum of understanding", "joint declaration");
        CommonNouns(EventType.Agreement,
            "הסכם", "הסכמים", "מזכר", "עסקה", "חוזה", "רישיון", "הפסקת אש", "agreement", "accord", "deal", "memorandum", "MoU",
            "contract", "licence", "license", "ceasefire", "treaty", "declaration", "peace agreement", "הסכם שלום");

        Add(EventType.Meeting, TriggerKind.Support, VerbPrefixes,
            "held", "holds", "hold", "produced", "concluded", "reached", "adopted", "issued", "released", "published", "approved",
            "extended", "extends", "renewed", "granted", "sent", "delivered", "took place", "was held", "introduced", "filed",
            "was adopted", "was passed", "was approved", "was signed", "אושרה", "אושר", "התקבלה",
            "arrived", "paid", "made", "began", "voted", "imposed", "הטיל", "הטילה", "הטילו", "pass", "approve", "adopt", "הגיע", "הגיעה", "הגיעו", "יצא", "יצאה", "ערך", "ערכה",
            "קיים", "קיימה", "קיימו", "התקיים", "התקיימה", "התקיימו", "פרסם", "פרסמה", "פרסמו", "אישר", "אישרה", "אישרו", "הושג",
            "הושגה", "הגיש", "הגישה", "הגישו", "האריך", "המאריך", "המאריכה", "חידש", "חידשה", "הוציא", "הוציאה", "נערך", "נערכה", "גיבשו", "שלח", "שלחה");
        return list;
    }
}
