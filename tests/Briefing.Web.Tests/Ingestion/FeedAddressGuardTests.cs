using System.Net;
using Briefing.Web.Features.Ingestion.Feeds;
using Briefing.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Feed URLs cannot reach the server's own network unless an administrator allows it.</summary>
public class FeedAddressGuardTests : IAsyncLifetime
{
    private LocalFeedServer server = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await LocalFeedServer.StartAsync();
        server.Handler = LocalFeedServer.Feed(() => (FeedXml.Rss(1), "\"v1\""));
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static FeedFetcher Fetcher(bool allowPrivate)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(Options.Create(new BriefingOptions()));
        collection.AddSingleton(Options.Create(new FeedSettings { TimeoutSeconds = 5, AllowPrivateAddresses = allowPrivate }));
        FeedFetcher.AddHttpClient(collection);
        collection.AddSingleton<FeedFetcher>();
        return collection.BuildServiceProvider().GetRequiredService<FeedFetcher>();
    }

    [Theory]
    [InlineData("127.0.0.1"), InlineData("127.8.9.10"), InlineData("10.1.2.3"), InlineData("172.16.0.1"), InlineData("172.31.255.255"),
     InlineData("192.168.1.1"), InlineData("169.254.169.254"), InlineData("100.64.0.1"), InlineData("0.0.0.0"), InlineData("224.0.0.1"),
     InlineData("::1"), InlineData("::"), InlineData("fe80::1"), InlineData("fd00::1"), InlineData("::ffff:127.0.0.1"), InlineData("::ffff:10.0.0.1")]
    public void Loopback_private_link_local_and_reserved_addresses_are_not_public(string address) =>
        Assert.False(PublicAddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8"), InlineData("172.15.0.1"), InlineData("172.32.0.1"), InlineData("100.128.0.1"), InlineData("2001:4860:4860::8888")]
    public void Ordinary_internet_addresses_are_public(string address) =>
        Assert.True(PublicAddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData(false), InlineData(true)]
    public async Task A_feed_on_the_servers_own_loopback_is_refused_before_any_request_is_sent(bool byName)
    {
        var url = byName ? server.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) : server.BaseUrl;

        var response = await Fetcher(allowPrivate: false).FetchAsync(new Uri(url + "/feed"), null, null, Ct);

        Assert.Equal(FeedFetchStatus.Failed, response.Status);
        Assert.Contains("private network address", response.Error);
        Assert.Contains("Briefing:Feeds:AllowPrivateAddresses", response.Error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_administrator_can_allow_private_addresses_for_an_intranet_feed()
    {
        var response = await Fetcher(allowPrivate: true).FetchAsync(new Uri(server.BaseUrl + "/feed"), null, null, Ct);

        Assert.Equal(FeedFetchStatus.Ok, response.Status);
        Assert.Single(server.Requests);
    }
}
