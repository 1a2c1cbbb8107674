namespace Briefing.Web.Features.Ingestion;

/// <summary>What a person or script tells us about an input beyond its bytes; <c>SourceId</c> links feed items to their subscription.</summary>
public sealed record ImportOptions(string? SourceName = null, DateOnly? Published = null, string? Url = null, string? Language = null,
    int? SourceId = null);

public enum ImportStatus { Imported, Duplicate, Failed }

/// <summary>One line of a batch's result list: per file, and per item of a feed file.</summary>
public sealed record ImportResult(
    string? File,
    string? Item,
    ImportStatus Status,
    int? ArticleId = null,
    int? DuplicateOf = null,
    string? Error = null,
    int? ErrorStatus = null,
    string? Title = null,
    bool PublishedIsEstimated = false)
{
    public static ImportResult Failed(string? file, string? item, string error, int status) =>
        new(file, item, ImportStatus.Failed, Error: error, ErrorStatus: status);
}
