namespace Briefing.Analysis.Ingestion;

/// <summary>Where <see cref="ParsedArticle.Published"/> came from.</summary>
public enum PublishedSource
{
    /// <summary>No date found; the caller must supply one or use the import date and flag it as estimated.</summary>
    None,
    /// <summary>HTML metadata: article:published_time, JSON-LD datePublished, or &lt;time datetime&gt;.</summary>
    Metadata,
    /// <summary>A date printed near the headline of a pasted page ("09.08.2025", "August 9, 2025").</summary>
    Dateline,
    /// <summary>A feed item's pubDate / published / updated.</summary>
    Feed,
}

/// <summary>One article found in an input. A feed file yields one per item (<see cref="ItemLabel"/> "#1", "#2", …).</summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? SourceName { get; init; }
    public string? Caption { get; init; }

    /// <summary>Clean body text; paragraphs separated by one blank line; NFC; no control or bidi-override characters.</summary>
    public required string Text { get; init; }

    /// <summary>"he", "en", or another ISO 639-1 code when the input states one; "und" when there is no text to judge.</summary>
    public required string Language { get; init; }

    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }

    /// <summary>Publication time in the offset the input states (date-only sources give midnight, offset zero).</summary>
    public DateTimeOffset? Published { get; init; }
    public PublishedSource PublishedSource { get; init; }

    /// <summary>For HTML and feed content: the main content, sanitised (no script, handlers, iframes, javascript: URLs).</summary>
    public string? SanitizedHtml { get; init; }

    /// <summary>"#1", "#2", … for feed items; null otherwise.</summary>
    public string? ItemLabel { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
