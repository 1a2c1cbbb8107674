namespace Briefing.Analysis.Events;

/// <summary>How a trigger word behaves in a sentence.</summary>
public enum TriggerKind
{
    /// <summary>A verb that reports the event ("met", "נפגש", "urged").</summary>
    Verb,

    /// <summary>A specific noun that reports the event by itself ("joint statement", "הצהרה משותפת", "נייר עמדה"); after "during"/"במהלך" it is only context.</summary>
    Noun,

    /// <summary>A common noun ("visit", "deal", "פגישה") that reports an event only as the object or subject of a
    /// <see cref="Support"/> verb ("held a meeting", "חתמו על הסכם", "הפגישה התקיימה"); otherwise it is background.</summary>
    SupportedNoun,

    /// <summary>Being somewhere in person ("inaugurated", "חנך"): a visit when the person is abroad.</summary>
    Presence,

    /// <summary>A light verb that turns a <see cref="SupportedNoun"/> into an event ("held", "produced", "קיים", "פרסם"); its type is ignored.</summary>
    Support,

    /// <summary>A signing verb: an agreement, or legislation when what is signed is a law, waiver or order.</summary>
    Signing,

    /// <summary>A reference to a law ("Section", "חוק"): an event only when the sentence dates it.</summary>
    LegalReference,

    /// <summary>A modal of advice ("should", "יש ל"): a recommendation addressed to the sentence's subject.</summary>
    Modal,
}

/// <summary>One trigger word or phrase, as data. Phrase words ending in '*' match by prefix ("קרא ל*").</summary>
/// <param name="Type">The event type the trigger signals.</param>
/// <param name="Phrase">The word or phrase.</param>
/// <param name="Kind">How it behaves in a sentence.</param>
/// <param name="AllowedPrefixes">Hebrew letters that may be glued in front of the first word (verbs take ו/ש/כ, nouns also ב/ל/מ/ה).</param>
public sealed record TriggerDefinition(EventType Type, string Phrase, TriggerKind Kind, string AllowedPrefixes = "");
