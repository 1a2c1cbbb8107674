using System.Globalization;

namespace Briefing.Web.Features.Ingestion.Feeds;

public enum FeedPollKind { Imported, NotModified, Error }

/// <summary>What kind of failure a poll met: the page names it in the reader's language, the detail stays as the server or parser put it.</summary>
public enum FeedErrorKind { Other, Unreachable, Refused, Timeout, ServerAnswer, TooLarge, Redirect, NotAFeed }

/// <summary>
/// The outcome of one poll, stored in <c>Source.LastResult</c> in a compact form ("ok 3 5 0", "not-modified",
/// "error[Timeout]: …"; before error kinds, "error: …") so the page can show it in the reader's language.
/// </summary>
public sealed record FeedPollResult(FeedPollKind Kind, int New = 0, int Duplicate = 0, int Failed = 0, string? Error = null,
    FeedErrorKind ErrorKind = FeedErrorKind.Other)
{
    public static readonly FeedPollResult NotModified = new(FeedPollKind.NotModified);

    public static FeedPollResult Failure(FeedErrorKind kind, string error) => new(FeedPollKind.Error, Error: error, ErrorKind: kind);

    public string ToStored() => Kind switch
    {
        FeedPollKind.Imported => string.Create(CultureInfo.InvariantCulture, $"ok {New} {Duplicate} {Failed}"),
        FeedPollKind.NotModified => "not-modified",
        _ => $"error[{ErrorKind}]: {Error}",
    };

    public static FeedPollResult? Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
            return null;
        if (stored == "not-modified")
            return NotModified;
        if (stored.StartsWith("error: ", StringComparison.Ordinal))
            return Failure(FeedErrorKind.Other, stored["error: ".Length..]);
        if (stored.StartsWith("error[", StringComparison.Ordinal) && stored.IndexOf("]: ", StringComparison.Ordinal) is > 6 and var end)
            return Failure(Enum.TryParse<FeedErrorKind>(stored[6..end], out var kind) ? kind : FeedErrorKind.Other, stored[(end + 3)..]);
        var parts = stored.Split(' ');
        return parts is ["ok", var n, var d, var f] && int.TryParse(n, CultureInfo.InvariantCulture, out var created)
            && int.TryParse(d, CultureInfo.InvariantCulture, out var duplicate) && int.TryParse(f, CultureInfo.InvariantCulture, out var failed)
            ? new FeedPollResult(FeedPollKind.Imported, created, duplicate, failed)
            : Failure(FeedErrorKind.Other, stored);
    }
}
