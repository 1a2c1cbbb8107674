using System.Text.Json.Serialization;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// The content of one weekly brief, independent of storage: the composer fills it, a snapshot stores it as JSON
/// (see <see cref="BriefDocumentJson"/>), and <see cref="BriefWorkbookWriter"/> renders it.
/// Lists keep the order staff chose; the writer never re-sorts them.
/// </summary>
public sealed record BriefDocument
{
    /// <summary>ISO week label, e.g. "2025-W32".</summary>
    public string Week { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    /// <summary>Also written as the workbook's Created/Modified properties, so it fixes the file's bytes.</summary>
    public DateTime GeneratedAtUtc { get; init; }
    public string Author { get; init; } = "";
    /// <summary>"he" gives Hebrew headers and right-to-left sheets; anything else gives English.</summary>
    public string Language { get; init; } = "he";
    public string OverallSummary { get; init; } = "";
    public IReadOnlyList<BriefTopicSection> Topics { get; init; } = [];
    /// <summary>Event changes since the last saved brief.</summary>
    public IReadOnlyList<BriefChange> Changes { get; init; } = [];
}

public sealed record BriefTopicSection
{
    public string Slug { get; init; } = "";
    /// <summary>Display name in the brief's language; also the topic sheet's name (made valid and unique).</summary>
    public string Name { get; init; } = "";
    public string BottomLine { get; init; } = "";
    public BriefCounts ThisWeek { get; init; } = new();
    public BriefCounts PreviousWeek { get; init; } = new();
    public IReadOnlyList<BriefEvent> Events { get; init; } = [];
    public IReadOnlyList<BriefRecommendation> Recommendations { get; init; } = [];
    public IReadOnlyList<BriefArticle> Articles { get; init; } = [];
}

/// <summary>Counts shown on the Summary sheet; given explicitly because staff may untick items from the lists.</summary>
public sealed record BriefCounts
{
    public int Events { get; init; }
    public int Recommendations { get; init; }
    public int Articles { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<BriefDatePrecision>))]
public enum BriefDatePrecision
{
    [JsonStringEnumMemberName("unknown")] Unknown = 0,
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("year")] Year,
}

public sealed record BriefSource
{
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
    public string Language { get; init; } = "";
}

public sealed record BriefEvent
{
    /// <summary>Optional stable id (e.g. the database id), used only by callers.</summary>
    public string? Id { get; init; }
    /// <summary>For month/year precision, any day inside the month/year (the first is conventional).</summary>
    public DateOnly? Date { get; init; }
    public BriefDatePrecision Precision { get; init; } = BriefDatePrecision.Day;
    /// <summary>meeting, visit, statement, recommendation, legislation, agreement; known types are localised.</summary>
    public string Type { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Actors { get; init; } = [];
    public string? Place { get; init; }
    public IReadOnlyList<BriefSource> Sources { get; init; } = [];
    public string? Quote { get; init; }
}

public sealed record BriefRecommendation
{
    public string? Id { get; init; }
    public DateOnly? Date { get; init; }
    public BriefDatePrecision Precision { get; init; } = BriefDatePrecision.Day;
    public string Who { get; init; } = "";
    public string ToWhom { get; init; } = "";
    public string What { get; init; } = "";
    /// <summary>Topic shown in the sheet; when empty the section's name is used.</summary>
    public string? Topic { get; init; }
    public string? SourceTitle { get; init; }
    public string? SourceUrl { get; init; }
}

public sealed record BriefArticle
{
    public string? Id { get; init; }
    public DateOnly? Date { get; init; }
    public string Title { get; init; } = "";
    public string Source { get; init; } = "";
    /// <summary>"he", "en" (localised) or any other code (shown as is).</summary>
    public string Language { get; init; } = "";
    /// <summary>Topic names; an article listed under several sections is written once with all their names.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string Url { get; init; } = "";
}

[JsonConverter(typeof(JsonStringEnumConverter<BriefChangeKind>))]
public enum BriefChangeKind
{
    [JsonStringEnumMemberName("new")] New,
    [JsonStringEnumMemberName("updated")] Updated,
    [JsonStringEnumMemberName("removed")] Removed,
}

public sealed record BriefChange
{
    public BriefChangeKind Kind { get; init; }
    /// <summary>Topic name as shown in the brief.</summary>
    public string Topic { get; init; } = "";
    public string? EventId { get; init; }
    public DateOnly? Date { get; init; }
    public BriefDatePrecision Precision { get; init; } = BriefDatePrecision.Day;
    public string Type { get; init; } = "";
    public string Summary { get; init; } = "";
    /// <summary>What changed, for updates (e.g. "date: 2025-08-04 → 2025-08-05").</summary>
    public string? Detail { get; init; }
}
