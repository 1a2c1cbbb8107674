using System.Security.Cryptography;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Briefs.Workbook;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Briefs;

public sealed record BriefRequest(BriefWeek Week, IReadOnlyList<string>? TopicSlugs, string Language, string Author, string? Notes = null);

public sealed record BriefListItem(int Id, string Week, string Title, string Language, string TopicSlugs, string AuthorEmail, DateTime CreatedAt, int? BasedOnId, string Sha256);

/// <summary>
/// Gathers a week's events, recommendations and articles per topic into a <see cref="BriefDocument"/> (all items
/// included, in date order; staff untick and reorder on the composer page), saves immutable snapshots with their
/// workbook bytes, and reads them back byte for byte.
/// </summary>
public sealed class BriefComposer(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    private readonly BriefWorkbookWriter writer = new();

    public async Task<BriefDocument> ComposeAsync(BriefRequest request, CancellationToken cancellationToken = default)
    {
        var hebrew = request.Language == "he";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => !t.IsArchived && t.MergedIntoId == null)
            .Where(t => request.TopicSlugs == null || request.TopicSlugs.Count == 0 || request.TopicSlugs.Contains(t.Slug))
            .OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var previous = request.Week.Previous;
        var sections = new List<BriefTopicSection>();
        foreach (var topic in topics)
        {
            var name = hebrew ? topic.NameHe : topic.NameEn;
            var events = await EventsAsync(db, topic.Id, request.Week, cancellationToken);
            var articles = await ArticlesAsync(db, topic.Id, request.Week, cancellationToken);
            var previousEvents = await EventCountsAsync(db, topic.Id, previous, cancellationToken);
            var previousArticles = await db.ArticleTopics.CountAsync(at => at.TopicId == topic.Id && !at.IsExcluded
                && at.Article!.DuplicateOfId == null && at.Article.PublishedDate >= previous.From && at.Article.PublishedDate <= previous.To, cancellationToken);
            var recommendations = events.Where(e => e.Type == EventType.Recommendation).Select(e => new BriefRecommendation
            {
                Id = e.Id.ToString(), Date = e.Date, Precision = e.Precision, Who = e.RecommendedBy ?? "", ToWhom = e.RecommendedTo ?? "",
                What = e.RecommendationText ?? e.Summary, Topic = name, SourceTitle = e.Sources.FirstOrDefault()?.Title, SourceUrl = e.Sources.FirstOrDefault()?.Url,
            }).ToList();
            sections.Add(new BriefTopicSection
            {
                Slug = topic.Slug,
                Name = name,
                Events = [.. events.Where(e => e.Type != EventType.Recommendation).Select(e => e.ToBriefEvent())],
                Recommendations = recommendations,
                Articles = [.. articles.Select(a => a with { Topics = [name] })],
                ThisWeek = new BriefCounts { Events = events.Count(e => e.Type != EventType.Recommendation), Recommendations = recommendations.Count, Articles = articles.Count },
                PreviousWeek = new BriefCounts { Events = previousEvents.Events, Recommendations = previousEvents.Recommendations, Articles = previousArticles },
            });
        }

        var document = new BriefDocument
        {
            Week = request.Week.Label, From = request.Week.From, To = request.Week.To,
            GeneratedAtUtc = TruncateToSeconds(clock.GetUtcNow().UtcDateTime), Author = request.Author, Language = hebrew ? "he" : "en",
            OverallSummary = request.Notes ?? "", Topics = sections,
        };
        return document with { Changes = await ChangesAsync(db, document, cancellationToken) };
    }

    private sealed record EventRow(int Id, EventType Type, DateOnly? Date, BriefDatePrecision Precision, string Summary, string? Place,
        IReadOnlyList<string> Actors, IReadOnlyList<BriefSource> Sources, string? Quote, string? RecommendedBy, string? RecommendedTo, string? RecommendationText)
    {
        public BriefEvent ToBriefEvent() => new()
        {
            Id = Id.ToString(), Date = Date, Precision = Precision, Type = Type.ToString().ToLowerInvariant(), Summary = Summary,
            Actors = Actors, Place = Place, Sources = Sources, Quote = Quote,
        };
    }

    private static async Task<List<EventRow>> EventsAsync(BriefingDbContext db, int topicId, BriefWeek week, CancellationToken cancellationToken)
    {
        var from = week.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = week.To.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.EventTopics.AsNoTracking()
            .Where(et => et.TopicId == topicId && et.SortDate >= from && et.SortDate <= to
                && et.Event!.Precision == DatePrecision.Day && et.Event.Status != EventStatus.Rejected)
            .OrderBy(et => et.SortDate).ThenBy(et => et.EventId)
            .Select(et => new
            {
                et.Event!.Id, et.Event.Type, et.Event.Year, et.Event.Month, et.Event.Day, et.Event.Summary, et.Event.Place,
                et.Event.RecommendedBy, et.Event.RecommendedTo, et.Event.RecommendationText,
                Actors = et.Event.Actors.Where(a => a.Role == "participant").Select(a => a.Actor!.NameEn).ToList(),
                Sources = et.Event.Sources.OrderBy(s => s.Id).Select(s => new { s.Article!.Title, s.Article.Url, s.Article.Language, s.Quote }).ToList(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EventRow(r.Id, r.Type, new DateOnly(r.Year!.Value, r.Month!.Value, r.Day!.Value), BriefDatePrecision.Day,
            r.Summary, r.Place, r.Actors, [.. r.Sources.Select(s => new BriefSource { Title = s.Title, Url = WebUrl(s.Url), Language = s.Language })],
            r.Sources.FirstOrDefault()?.Quote, r.RecommendedBy, r.RecommendedTo, r.RecommendationText))];
    }

    private static async Task<(int Events, int Recommendations)> EventCountsAsync(BriefingDbContext db, int topicId, BriefWeek week, CancellationToken cancellationToken)
    {
        var from = week.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = week.To.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var types = await db.EventTopics.Where(et => et.TopicId == topicId && et.SortDate >= from && et.SortDate <= to
                && et.Event!.Precision == DatePrecision.Day && et.Event.Status != EventStatus.Rejected)
            .Select(et => et.Event!.Type).ToListAsync(cancellationToken);
        return (types.Count(t => t != EventType.Recommendation), types.Count(t => t == EventType.Recommendation));
    }

    private static async Task<List<BriefArticle>> ArticlesAsync(BriefingDbContext db, int topicId, BriefWeek week, CancellationToken cancellationToken)
    {
        var rows = await db.ArticleTopics.AsNoTracking()
            .Where(at => at.TopicId == topicId && !at.IsExcluded && at.Article!.DuplicateOfId == null
                && at.Article.PublishedDate >= week.From && at.Article.PublishedDate <= week.To)
            .OrderBy(at => at.Article!.PublishedDate).ThenBy(at => at.ArticleId)
            .Select(at => new { at.Article!.Id, at.Article.PublishedDate, at.Article.Title, at.Article.SourceName, at.Article.Language, at.Article.Url })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new BriefArticle
        {
            Id = r.Id.ToString(), Date = r.PublishedDate, Title = r.Title, Source = r.SourceName ?? "", Language = r.Language, Url = WebUrl(r.Url),
        })];
    }

    /// <summary>Events new since the last saved brief, and events of that brief since changed or rejected.</summary>
    private static async Task<IReadOnlyList<BriefChange>> ChangesAsync(BriefingDbContext db, BriefDocument document, CancellationToken cancellationToken)
    {
        var last = await db.Briefs.AsNoTracking().OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
            .Select(b => b.ContentJson).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
            return [];
        var before = BriefDocumentJson.Deserialize(last);
        var beforeEvents = before.Topics.SelectMany(t => t.Events.Select(e => (Topic: t.Name, Event: e))).Where(x => x.Event.Id is not null)
            .DistinctBy(x => x.Event.Id).ToDictionary(x => x.Event.Id!, x => x);
        var changes = new List<BriefChange>();
        foreach (var topic in document.Topics)
            foreach (var e in topic.Events.Where(e => e.Id is not null && !beforeEvents.ContainsKey(e.Id)))
                changes.Add(new BriefChange { Kind = BriefChangeKind.New, Topic = topic.Name, EventId = e.Id, Date = e.Date, Precision = e.Precision, Type = e.Type, Summary = e.Summary });

        var ids = beforeEvents.Keys.Select(int.Parse).ToList();
        var current = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Type, e.Year, e.Month, e.Day, e.Precision, e.Summary, e.Status }).ToDictionaryAsync(e => e.Id.ToString(), cancellationToken);
        foreach (var (id, (topicName, old)) in beforeEvents)
        {
            if (!current.TryGetValue(id, out var now) || now.Status == EventStatus.Rejected)
            {
                changes.Add(new BriefChange { Kind = BriefChangeKind.Removed, Topic = topicName, EventId = id, Date = old.Date, Precision = old.Precision, Type = old.Type, Summary = old.Summary });
                continue;
            }
            var details = new List<string>();
            var nowDate = now is { Precision: DatePrecision.Day, Year: { } y, Month: { } m, Day: { } d } ? new DateOnly(y, m, d) : (DateOnly?)null;
            if (nowDate != old.Date) details.Add($"date: {old.Date:yyyy-MM-dd} → {nowDate:yyyy-MM-dd}");
            if (now.Summary != old.Summary) details.Add($"summary: {old.Summary} → {now.Summary}");
            if (now.Type.ToString().ToLowerInvariant() != old.Type) details.Add($"type: {old.Type} → {now.Type.ToString().ToLowerInvariant()}");
            if (details.Count > 0)
                changes.Add(new BriefChange { Kind = BriefChangeKind.Updated, Topic = topicName, EventId = id, Date = nowDate, Precision = old.Precision,
                    Type = now.Type.ToString().ToLowerInvariant(), Summary = now.Summary, Detail = string.Join("; ", details) });
        }
        return changes;
    }

    /// <summary>Saves an immutable snapshot: the content as JSON and the exact workbook bytes. Audited.</summary>
    public async Task<int> SaveAsync(BriefDocument document, CurrentUser user, int? basedOnId = null, CancellationToken cancellationToken = default)
    {
        var bytes = writer.Write(document);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var brief = new Brief
        {
            Week = document.Week, From = document.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To = document.To.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Title = $"{document.Week} · {string.Join(", ", document.Topics.Select(t => t.Name))}",
            Language = document.Language, TopicSlugs = string.Join(',', document.Topics.Select(t => t.Slug)),
            ContentJson = BriefDocumentJson.Serialize(document), Workbook = bytes, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            AuthorId = user.Id, AuthorEmail = user.Name, CreatedAt = now, BasedOnId = basedOnId,
        };
        db.Briefs.Add(brief);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Add(db, user, "brief.save", "Brief", brief.Id, null, new { brief.Week, brief.TopicSlugs, brief.Sha256, brief.BasedOnId }, now);
        await db.SaveChangesAsync(cancellationToken);
        return brief.Id;
    }

    public async Task<(byte[] Bytes, string FileName)?> WorkbookAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Workbook, b.Week, b.Id }).FirstOrDefaultAsync(cancellationToken);
        return brief is null ? null : (brief.Workbook, $"brief-{brief.Week}-{brief.Id}.xlsx");
    }

    public async Task<BriefDocument?> DocumentAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.Briefs.AsNoTracking().Where(b => b.Id == id).Select(b => b.ContentJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : BriefDocumentJson.Deserialize(json);
    }

    public async Task<List<BriefListItem>> ListAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var briefs = db.Briefs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
            briefs = briefs.Where(b => b.Title.Contains(search) || b.Week.Contains(search) || b.AuthorEmail.Contains(search) || b.ContentJson.Contains(search));
        return await briefs.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(200)
            .Select(b => new BriefListItem(b.Id, b.Week, b.Title, b.Language, b.TopicSlugs, b.AuthorEmail, b.CreatedAt, b.BasedOnId, b.Sha256))
            .ToListAsync(cancellationToken);
    }

    public byte[] Render(BriefDocument document) => writer.Write(document);

    public Task RenderAsync(BriefDocument document, Stream output, CancellationToken cancellationToken) => writer.WriteAsync(document, output, cancellationToken);

    private static string WebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.ToString() : "";

    private static DateTime TruncateToSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
