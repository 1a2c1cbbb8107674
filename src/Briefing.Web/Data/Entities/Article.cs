namespace Briefing.Web.Data.Entities;

/// <summary>One imported article (or feed item): cleaned text for reading and analysis, raw input kept for re-processing.</summary>
public class Article : IVersioned
{
    public int Id { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public string? SourceName { get; set; }
    public required string Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Caption { get; set; }
    public required string Text { get; set; }
    public string? SanitizedHtml { get; set; }
    public required string Language { get; set; }
    public string? Url { get; set; }
    public string? CanonicalUrl { get; set; }
    /// <summary>UTC; when <see cref="PublishedIsEstimated"/> it is the import date and a person should set it.</summary>
    public DateTime PublishedAt { get; set; }
    public bool PublishedIsEstimated { get; set; }
    /// <summary>The publication date as the source states it (in the source's own offset); events are dated from it.</summary>
    public DateOnly PublishedDate { get; set; }
    public DateTime ImportedAt { get; set; }
    /// <summary>SHA-256 of the normalised text: an exact re-post under another URL has the same hash.</summary>
    public required string ContentHash { get; set; }
    /// <summary>Near-duplicate signature used for story clustering (serialised by the analysis library).</summary>
    public string? StorySignature { get; set; }
    /// <summary>Id of the first article of the same story (itself when it started the story).</summary>
    public int? StoryId { get; set; }
    public int? DuplicateOfId { get; set; }
    public string? FileName { get; set; }
    public string? ItemLabel { get; set; }
    public string? Warnings { get; set; }
    /// <summary>Title and text folded for substring search (niqqud removed, case folded); indexed by FTS5 trigram / pg_trgm.</summary>
    public string SearchText { get; set; } = "";
    public Guid Version { get; set; }

    public ArticleRaw? Raw { get; set; }
    public List<ArticleTopic> Topics { get; set; } = [];
    public List<EventSource> EventSources { get; set; } = [];
}

/// <summary>The bytes exactly as received, so the article can be re-processed when the analysis improves.</summary>
public class ArticleRaw
{
    public int ArticleId { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public required byte[] Content { get; set; }
}
