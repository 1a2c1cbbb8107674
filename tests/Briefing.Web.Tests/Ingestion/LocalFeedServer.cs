using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>A tiny Kestrel server on 127.0.0.1 (free port) whose answers each test scripts; it records the requests.</summary>
public sealed class LocalFeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    public string BaseUrl { get; }
    public Func<HttpContext, Task> Handler { get; set; } = context => { context.Response.StatusCode = 404; return Task.CompletedTask; };
    public List<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests { get; } = [];

    private LocalFeedServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<LocalFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalFeedServer? server = null;
        app.Run(async context =>
        {
            lock (server!.Requests)
                server.Requests.Add((context.Request.Path, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.IfModifiedSince.FirstOrDefault()));
            await server.Handler(context);
        });
        await app.StartAsync();
        server = new LocalFeedServer(app, app.Urls.First());
        return server;
    }

    /// <summary>Serves <paramref name="body"/> with an ETag and Last-Modified, answering 304 to a matching conditional GET.</summary>
    public static Func<HttpContext, Task> Feed(Func<(string Body, string ETag)> current) => async context =>
    {
        var (body, etag) = current();
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Mon, 24 Nov 2025 08:00:00 GMT";
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(body);
    };

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
