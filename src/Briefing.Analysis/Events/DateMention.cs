namespace Briefing.Analysis.Events;

/// <summary>How a date was written, which decides what it may date.</summary>
internal enum DateMentionKind
{
    /// <summary>A calendar date or month written out ("24 בנובמבר 2025", "Aug. 8").</summary>
    Explicit,

    /// <summary>Resolved against the publication date ("אתמול", "on Friday", "last week").</summary>
    Relative,

    /// <summary>A bare year ("in 1992", "ב-2016", "the 1992 act").</summary>
    Year,

    /// <summary>The start of a state of affairs ("since 1992", "מאז 1992"): dates background law, not news.</summary>
    Since,

    /// <summary>Refers back to the date already in play ("the same day", "באותו יום").</summary>
    SameDay,
}

/// <summary>A date expression found in a sentence, already resolved.</summary>
internal readonly record struct DateMention(int Start, int End, PartialDate Date, DateMentionKind Kind);
