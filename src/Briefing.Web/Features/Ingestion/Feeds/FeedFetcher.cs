using System.Net;
using Briefing.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Ingestion.Feeds;

public enum FeedFetchStatus { Ok, NotModified, Failed }

/// <summary>What one conditional GET brought back: the body and its validators, "not modified", or why it failed.</summary>
public sealed record FeedResponse(FeedFetchStatus Status, byte[]? Content = null, string? ContentType = null,
    string? ETag = null, string? LastModified = null, string? Error = null, FeedErrorKind ErrorKind = FeedErrorKind.Other)
{
    public static FeedResponse Failed(FeedErrorKind kind, string error) => new(FeedFetchStatus.Failed, Error: error, ErrorKind: kind);
}

/// <summary>
/// Fetches a feed with a conditional GET. Redirects are followed by hand so that only http and https targets are
/// ever requested, and (unless <see cref="FeedSettings.AllowPrivateAddresses"/>) only public addresses are dialled
/// (<see cref="PublicAddressGuard"/>); the body is streamed with a cap at the per-file import limit; one timeout covers
/// the whole fetch.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<FeedSettings> settings, IOptions<BriefingOptions> options)
{
    public const string ClientName = "feeds";

    public static void AddHttpClient(IServiceCollection services) =>
        services.AddHttpClient(ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // FetchAsync's own budget covers the body as well
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Briefing-FeedReader/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var handler = new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    UseCookies = false,
                };
                if (!services.GetRequiredService<IOptions<FeedSettings>>().Value.AllowPrivateAddresses)
                    handler.ConnectCallback = PublicAddressGuard.ConnectToPublicAsync;
                return handler;
            })
            // FeedSubscriptionService logs one line per failed poll; the client's own stack traces would bury it.
            .RemoveAllLoggers();

    public static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    public async Task<FeedResponse> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var timeoutSeconds = settings.Value.TimeoutSeconds;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        var client = clients.CreateClient(ClientName);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!IsHttp(current))
                    return FeedResponse.Failed(FeedErrorKind.Redirect, $"Only http and https addresses are fetched, not {current.Scheme}:.");
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
                if (!string.IsNullOrEmpty(etag))
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (!string.IsNullOrEmpty(lastModified))
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, budget.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
                {
                    if (response.Headers.Location is not { } location)
                        return FeedResponse.Failed(FeedErrorKind.Redirect, $"The server answered {status} without saying where the feed moved.");
                    if (hop >= settings.Value.MaxRedirects)
                        return FeedResponse.Failed(FeedErrorKind.Redirect, $"More than {settings.Value.MaxRedirects} redirects.");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!IsHttp(current))
                        return FeedResponse.Failed(FeedErrorKind.Redirect, $"The feed redirected to a {current.Scheme}: address; only http and https are followed.");
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FeedResponse(FeedFetchStatus.NotModified);
                if (!response.IsSuccessStatusCode)
                    return FeedResponse.Failed(FeedErrorKind.ServerAnswer, $"The server answered {status} {response.ReasonPhrase}.");

                var limit = options.Value.Import.MaxFileBytes;
                if (response.Content.Headers.ContentLength is { } length && length > limit)
                    return FeedResponse.Failed(FeedErrorKind.TooLarge, TooLarge(limit));
                var content = await ReadCappedAsync(response.Content, limit, budget.Token);
                if (content is null)
                    return FeedResponse.Failed(FeedErrorKind.TooLarge, TooLarge(limit));
                return new FeedResponse(FeedFetchStatus.Ok, content, response.Content.Headers.ContentType?.ToString(),
                    response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FeedResponse.Failed(FeedErrorKind.Timeout, $"No complete answer within {timeoutSeconds} s.");
        }
        catch (HttpRequestException e) when (e.InnerException is PublicAddressGuard.PrivateAddressException refused)
        {
            return FeedResponse.Failed(FeedErrorKind.Refused, refused.Message); // the whole sentence: it says what to do
        }
        catch (HttpRequestException e)
        {
            return FeedResponse.Failed(FeedErrorKind.Unreachable, $"The server could not be reached: {e.Message}");
        }
    }

    private static string TooLarge(long limit) => $"The feed is larger than the limit of {limit / 1048576.0:0.#} MB per file.";

    /// <summary>The body, or null as soon as it passes <paramref name="limit"/> (nothing larger is ever held).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
