namespace Briefing.Analysis.Ingestion;

/// <summary>Either the articles found in one input, or why it was refused.</summary>
public sealed record ParseOutcome
{
    public IReadOnlyList<ParsedArticle> Articles { get; init; } = [];
    public IngestError? Error { get; init; }

    /// <summary>The detected kind of input (Text, Html, Feed), for logs and the result list.</summary>
    public InputKind? Kind { get; init; }

    /// <summary>The encoding the bytes were read as, e.g. "utf-8", "utf-16LE", "windows-1255".</summary>
    public string? Encoding { get; init; }

    /// <summary>File-level notes, e.g. feed items skipped over the limit.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Succeeded => Error is null;

    public static ParseOutcome Fail(IngestErrorKind kind, string message) => new() { Error = new IngestError(kind, message) };
}

/// <summary>What an input was read as.</summary>
public enum InputKind { Text, Html, Feed }
