using System.Security.Claims;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Briefs.Workbook;
using Briefing.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Briefs;

/// <summary>Downloads are plain streamed GET responses (never through the SignalR circuit).</summary>
public static class BriefEndpoints
{
    public sealed record SaveBriefRequest(string? Week, string[]? Topics, string? Notes, string? Language);

    public static void MapBriefEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/briefs").WithTags("Briefs");

        group.MapGet("/weekly.xlsx", async (string? week, DateOnly? from, DateOnly? to, string? topics, string? language,
                BriefComposer composer, IOptions<BriefingOptions> options, TimeProvider clock, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
            {
                if (!TryWeek(week, from, to, options.Value.FirstDayOfWeek, clock, out var briefWeek, out var problem))
                    return problem!;
                var document = await composer.ComposeAsync(new BriefRequest(briefWeek, Split(topics), Language(language), CurrentUser.From(user).Name), ct);
                http.Response.ContentType = BriefWorkbookWriter.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{BriefWorkbookWriter.FileName(document)}\"";
                await composer.RenderAsync(document, http.Response.Body, ct);
                return Results.Empty;
            })
            .WithSummary("The weekly brief composed now (week=YYYY-Www, or from/to), as a workbook; topics=a,b; language=he|en (default en).");

        group.MapPost("", async (SaveBriefRequest request, BriefComposer composer, IOptions<BriefingOptions> options, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (!TryWeek(request.Week, null, null, options.Value.FirstDayOfWeek, clock, out var week, out var problem))
                    return problem!;
                var author = CurrentUser.From(user);
                var document = await composer.ComposeAsync(new BriefRequest(week, request.Topics, Language(request.Language), author.Name, request.Notes), ct);
                var id = await composer.SaveAsync(document, author, cancellationToken: ct);
                return Results.Ok(new { id });
            })
            .WithSummary("Save an immutable snapshot of the week's brief; answers its id.");

        group.MapGet("/{id:int}.xlsx", async (int id, BriefComposer composer, CancellationToken ct) =>
                await composer.WorkbookAsync(id, ct) is { } file
                    ? Results.File(file.Bytes, BriefWorkbookWriter.ContentType, file.FileName)
                    : Results.Problem(statusCode: 404, title: "No such brief"))
            .WithSummary("A saved brief's workbook, byte-identical every time.");

        group.MapGet("/drafts/{key}.xlsx", (string key, BriefDraftStore drafts, BriefComposer composer, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
            {
                if (drafts.Get(key, CurrentUser.From(user).Name) is not { } document)
                    return Task.FromResult(Results.Problem(statusCode: 404, title: "No such draft", detail: "Drafts last 30 minutes; compose the brief again."));
                http.Response.Headers.CacheControl = "no-store";
                return Task.FromResult(Results.File(composer.Render(document), BriefWorkbookWriter.ContentType, "draft-" + BriefWorkbookWriter.FileName(document)));
            })
            .WithSummary("A preview of the composer's unsaved draft (kept 30 minutes, only for the person composing it).");

        group.MapGet("", async (string? q, BriefComposer composer, CancellationToken ct) =>
                (await composer.ListAsync(q, ct)).Select(b => new { id = b.Id, week = b.Week, title = b.Title, language = b.Language, author = b.AuthorEmail, createdAt = b.CreatedAt, basedOn = b.BasedOnId, sha256 = b.Sha256 }))
            .WithSummary("Saved briefs, newest first; q searches titles, weeks, authors and content.");
    }

    internal static bool TryWeek(string? week, DateOnly? from, DateOnly? to, DayOfWeek firstDay, TimeProvider clock, out BriefWeek result, out IResult? problem)
    {
        problem = null;
        if (!string.IsNullOrWhiteSpace(week))
        {
            if (BriefWeek.TryParse(week, firstDay, out result))
                return true;
            problem = Results.Problem(statusCode: 400, title: "Invalid week", detail: "week must be an ISO week like 2025-W32.");
            return false;
        }
        if (from is { } f && to is { } t)
        {
            if (t < f || t.DayNumber - f.DayNumber > 366)
            {
                result = default;
                problem = Results.Problem(statusCode: 400, title: "Invalid range", detail: "to must be on or after from, at most a year later.");
                return false;
            }
            result = new BriefWeek(BriefWeek.Containing(f, firstDay).Label, f, t);
            return true;
        }
        result = BriefWeek.LastCompleted(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), firstDay);
        return true;
    }

    internal static IReadOnlyList<string>? Split(string? topics) =>
        string.IsNullOrWhiteSpace(topics) ? null : topics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static string Language(string? language) => language is "he" ? "he" : "en";
}
