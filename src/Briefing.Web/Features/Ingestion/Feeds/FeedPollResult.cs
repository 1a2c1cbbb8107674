using System.Globalization;

namespace Briefing.Web.Features.Ingestion.Feeds;

public enum FeedPollKind { Imported, NotModified, Error }

/// <summary>
/// The outcome of one poll, stored in <c>Source.LastResult</c> in a compact form ("ok 3 5 0", "not-modified",
/// "error: …") so the page can show it in the reader's language.
/// </summary>
public sealed record FeedPollResult(FeedPollKind Kind, int New = 0, int Duplicate = 0, int Failed = 0, string? Error = null)
{
    public static readonly FeedPollResult NotModified = new(FeedPollKind.NotModified);

    public static FeedPollResult Failure(string error) => new(FeedPollKind.Error, Error: error);

    public string ToStored() => Kind switch
    {
        FeedPollKind.Imported => string.Create(CultureInfo.InvariantCulture, $"ok {New} {Duplicate} {Failed}"),
        FeedPollKind.NotModified => "not-modified",
        _ => "error: " + Error,
    };

    public static FeedPollResult? Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
            return null;
        if (stored == "not-modified")
            return NotModified;
        if (stored.StartsWith("error: ", StringComparison.Ordinal))
            return Failure(stored["error: ".Length..]);
        var parts = stored.Split(' ');
        return parts is ["ok", var n, var d, var f] && int.TryParse(n, CultureInfo.InvariantCulture, out var created)
            && int.TryParse(d, CultureInfo.InvariantCulture, out var duplicate) && int.TryParse(f, CultureInfo.InvariantCulture, out var failed)
            ? new FeedPollResult(FeedPollKind.Imported, created, duplicate, failed)
            : Failure(stored);
    }
}
