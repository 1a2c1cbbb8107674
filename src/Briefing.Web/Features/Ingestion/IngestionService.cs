using Briefing.Analysis.Ingestion;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Events;
using Briefing.Web.Features.Processing;
using Briefing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Ingestion;

/// <summary>
/// Turns inputs into stored articles: parse (analysis library), de-duplicate, cluster into stories, analyse, store.
/// Each batch is one transaction holding whole articles, so a crash leaves no half article, and re-running an import
/// reports duplicates instead of storing twice. Nothing already stored is changed by an import.
/// </summary>
public sealed class IngestionService(
    IDbContextFactory<BriefingDbContext> dbFactory,
    ArticleAnalysis analysis,
    StoryIndex stories,
    TimeProvider clock,
    IOptions<BriefingOptions> options)
{
    /// <summary>A parsed article waiting to be stored, with the bytes it came from.</summary>
    public sealed record Pending(ParsedArticle Parsed, string? File, byte[] Raw, string? ContentType, ImportOptions Options)
    {
        private Fingerprints? fingerprints;

        /// <summary>
        /// Hash, canonical URL, story signature and search text: pure CPU work, done by <see cref="Parse(byte[], string?, string?, ImportOptions, CancellationToken)"/>
        /// on the caller's (possibly parallel) thread so that the storing thread only looks up and writes.
        /// </summary>
        internal Fingerprints Fingerprints => fingerprints ??= Fingerprints.Compute(this);

        /// <summary>Topics and events found ahead of storing (<see cref="FindTopicsAndEvents"/>); recomputed if stale.</summary>
        internal ArticleFindings? Findings { get; set; }
    }

    internal sealed record Fingerprints(string Hash, string? Canonical, StorySignature Signature, string SignatureText, string SearchText)
    {
        public static Fingerprints Compute(Pending item)
        {
            var parsed = item.Parsed;
            // An estimated date is no evidence of the story's date: the signature then carries none.
            var (_, date, estimated) = ResolvePublished(item, default);
            var signature = StorySignature.Compute(parsed with
            {
                Published = estimated ? null : new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            });
            // The hashed key sets clustering compares, computed here on the worker rather than on the storing thread.
            _ = signature.NameHashes;
            _ = signature.NumberHashes;
            return new Fingerprints(ContentFingerprint.Compute(parsed),
                UrlCanonicalizer.TryCanonicalize(parsed.CanonicalUrl ?? parsed.Url ?? item.Options.Url),
                signature, signature.Serialize(), ArticleSearch.Fold(parsed.Title, parsed.Text));
        }
    }

    public IngestLimits Limits => new()
    {
        MaxFileBytes = options.Value.Import.MaxFileBytes,
        MaxRequestBytes = options.Value.Import.MaxRequestBytes,
        Now = clock.GetUtcNow(),
    };

    /// <summary>Parses one file (a feed gives several items); failures come back as results, nothing is thrown.</summary>
    public (IReadOnlyList<Pending> Items, ImportResult? Failure) Parse(byte[] content, string? fileName, string? contentType,
        ImportOptions importOptions, CancellationToken cancellationToken = default) =>
        Parse(content, fileName, contentType, importOptions, requireFeed: false, cancellationToken);

    /// <summary>Parses a polled subscription's answer: anything but RSS or Atom is a failure, not an article.</summary>
    public (IReadOnlyList<Pending> Items, ImportResult? Failure) ParseFeed(byte[] content, string? contentType,
        ImportOptions importOptions, CancellationToken cancellationToken = default) =>
        Parse(content, "feed.xml", contentType, importOptions, requireFeed: true, cancellationToken);

    private (IReadOnlyList<Pending> Items, ImportResult? Failure) Parse(byte[] content, string? fileName, string? contentType,
        ImportOptions importOptions, bool requireFeed, CancellationToken cancellationToken)
    {
        var outcome = ArticleParser.Parse(content, fileName, contentType, Limits, cancellationToken);
        if (outcome.Error is { } error)
            return ([], ImportResult.Failed(fileName, null, error.Message, error.HttpStatus));
        if (requireFeed && outcome.Kind != InputKind.Feed)
            return ([], ImportResult.Failed(fileName, null, $"The address answered with {outcome.Kind?.ToString().ToLowerInvariant() ?? "something"}, not an RSS or Atom feed.", 422));
        // A feed's bytes would be repeated for every item: each item keeps its own content as its raw input instead.
        List<Pending> items = outcome.Kind != InputKind.Feed
            ? [.. outcome.Articles.Select(a => new Pending(a, fileName, content, contentType, importOptions))]
            : [.. outcome.Articles.Select(a => new Pending(a, fileName,
                System.Text.Encoding.UTF8.GetBytes(a.SanitizedHtml ?? a.Text), "text/html; charset=utf-8; source=feed-item", importOptions))];
        foreach (var item in items)
            _ = item.Fingerprints;
        return (items, null);
    }

    /// <summary>
    /// Runs the pure part of the analysis on the caller's thread, so that a bulk import does it on its parse workers
    /// and the storing thread only files the results.
    /// </summary>
    public void FindTopicsAndEvents(Pending item, AnalysisContext context)
    {
        var (_, date, estimated) = ResolvePublished(item, clock.GetUtcNow().UtcDateTime);
        item.Findings = ArticleAnalysis.Find(context, item.Parsed.Title, item.Parsed.Text, LanguageOf(item), date, estimated);
    }

    public async Task<IReadOnlyList<ImportResult>> ImportFileAsync(byte[] content, string? fileName, string? contentType,
        ImportOptions importOptions, CancellationToken cancellationToken = default)
    {
        var (items, failure) = Parse(content, fileName, contentType, importOptions, cancellationToken);
        return failure is not null ? [failure] : await StoreAsync(items, cancellationToken);
    }

    public async Task<IReadOnlyList<ImportResult>> ImportPastedAsync(string text, string? title, ImportOptions importOptions,
        CancellationToken cancellationToken = default)
    {
        var outcome = ArticleParser.ParsePasted(text, title, importOptions.SourceName, Limits, cancellationToken);
        if (outcome.Error is { } error)
            return [ImportResult.Failed(null, null, error.Message, error.HttpStatus)];
        var raw = System.Text.Encoding.UTF8.GetBytes(text);
        return await StoreAsync([.. outcome.Articles.Select(a => new Pending(a, null, raw, "text/plain; charset=utf-8", importOptions))], cancellationToken);
    }

    /// <summary>Stores parsed articles in one transaction; duplicates are reported, not stored.</summary>
    public Task<IReadOnlyList<ImportResult>> StoreAsync(IReadOnlyList<Pending> items, CancellationToken cancellationToken = default) =>
        StoreAsync(items, null, cancellationToken);

    /// <summary>
    /// As <see cref="StoreAsync(IReadOnlyList{Pending}, CancellationToken)"/>, for a caller storing batch after batch:
    /// <paramref name="candidates"/> keeps the event candidates from one batch to the next while nobody else writes events.
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> StoreAsync(IReadOnlyList<Pending> items, EventCandidateCache? candidates,
        CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
            return [];
        try
        {
            return await StoreBatchAsync(items, candidates, cancellationToken);
        }
        catch
        {
            candidates?.Forget(); // the batch may have changed them, and did not store
            throw;
        }
    }

    private async Task<IReadOnlyList<ImportResult>> StoreBatchAsync(IReadOnlyList<Pending> items, EventCandidateCache? candidates,
        CancellationToken cancellationToken)
    {
        await stories.EnsureLoadedAsync(cancellationToken);
        var context = await analysis.PrepareAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var prepared = items.Select(item => (Item: item, item.Fingerprints.Hash, item.Fingerprints.Canonical)).ToList();
        var hashes = prepared.Select(p => p.Hash).Distinct().ToList();
        var urls = prepared.Select(p => p.Canonical).OfType<string>().Distinct().ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Everything this batch stores is added explicitly, and filing tells the tracker what it changed on an event
        // already stored, so scanning every tracked entity before the save (a twentieth of the storing time) is skipped.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Two lookups, each on its own index: one query with "hash IN … OR url IN …" makes SQLite scan the whole
        // table, once per batch, which turned a bulk import quadratic. DuplicateOfId is filtered here, not in SQL:
        // there SQLite preferred its index (nearly every row is NULL) to the hash index, scanning again.
        var known = (await db.Articles.AsNoTracking()
            .Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.Id, a.ContentHash, a.CanonicalUrl, a.DuplicateOfId }).ToListAsync(cancellationToken))
            .Where(a => a.DuplicateOfId == null).ToList();
        if (urls.Count > 0)
            known.AddRange((await db.Articles.AsNoTracking()
                .Where(a => a.CanonicalUrl != null && urls.Contains(a.CanonicalUrl))
                .Select(a => new { a.Id, a.ContentHash, a.CanonicalUrl, a.DuplicateOfId }).ToListAsync(cancellationToken))
                .Where(a => a.DuplicateOfId == null));
        var byHash = known.GroupBy(k => k.ContentHash).ToDictionary(g => g.Key, g => g.Min(k => k.Id));
        var byUrl = known.Where(k => k.CanonicalUrl != null).GroupBy(k => k.CanonicalUrl!).ToDictionary(g => g.Key, g => g.Min(k => k.Id));

        if (candidates is not null)
            await candidates.FillAsync(db, context.Events, cancellationToken);
        await context.Events.LoadKnownActorKeysAsync(db, items.SelectMany(i => i.Findings?.Extraction.ProposedActors ?? []), cancellationToken);

        var results = new ImportResult?[items.Count];
        var added = new List<(int Index, Article Article, StorySignature Signature, Article? SameBatchHead, int? Head)>();
        var batchByHash = new Dictionary<string, Article>();
        var batchByUrl = new Dictionary<string, Article>();
        for (var i = 0; i < prepared.Count; i++)
        {
            var (item, hash, canonical) = prepared[i];
            var label = item.Parsed.ItemLabel;
            if (byHash.TryGetValue(hash, out var dupId) || (canonical is not null && byUrl.TryGetValue(canonical, out dupId)))
            {
                results[i] = new ImportResult(item.File, label, ImportStatus.Duplicate, DuplicateOf: dupId, Title: item.Parsed.Title);
                continue;
            }
            if (batchByHash.TryGetValue(hash, out var twin) || (canonical is not null && batchByUrl.TryGetValue(canonical, out twin)))
            {
                added.Add((i, twin, default!, null, null)); // resolved to the twin's id after saving
                continue;
            }

            var article = ToArticle(item, hash, canonical, now);
            var signature = item.Fingerprints.Signature;
            article.StorySignature = item.Fingerprints.SignatureText;
            var head = stories.FindStory(signature, article.PublishedDate);
            // Known before saving, so only articles joining a story begun in this very batch need a second write.
            article.StoryId = head;
            var sameBatchHead = head is null ? FindInBatch(added, signature, article.PublishedDate) : null;
            await analysis.AnalyzeNewAsync(db, article, context, cancellationToken, item.Findings);
            item.Findings = null; // filed: let the batch's findings go
            db.Articles.Add(article);
            batchByHash[hash] = article;
            if (canonical is not null) batchByUrl[canonical] = article;
            added.Add((i, article, signature, sameBatchHead, head));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (candidates is not null)
            await candidates.TransactionBeganAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // The wide rows, and the proposed actors (the most numerous of the rest), through prepared INSERTs; EF then
            // saves topics and events against their ids.
            var articles = added.Where(a => a.Signature is not null).Select(a => a.Article).ToList();
            AddedRows.Insert(db, articles);
            AddedRows.Insert(db, [.. articles.Select(a => a.Raw!)]);
            AddedRows.Insert(db, [.. db.ChangeTracker.Entries<Actor>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)]);
        }
        await db.SaveChangesAsync(cancellationToken);
        var joinedInBatch = false;
        foreach (var (_, article, _, sameBatchHead, _) in added.Where(a => a.Signature is not null && a.Head is null && a.SameBatchHead is not null))
        {
            db.Entry(article).Property(a => a.StoryId).CurrentValue = sameBatchHead!.StoryId ?? sameBatchHead.Id;
            joinedInBatch = true;
        }
        if (joinedInBatch)
            await db.SaveChangesAsync(cancellationToken);
        if (candidates is not null)
            await candidates.BeforeCommitAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        candidates?.Keep(context.Events);

        foreach (var (index, article, signature, _, _) in added)
        {
            var item = items[index];
            if (signature is null)
            {
                results[index] = new ImportResult(item.File, item.Parsed.ItemLabel, ImportStatus.Duplicate, DuplicateOf: article.Id, Title: item.Parsed.Title);
                continue;
            }
            stories.Add(article.Id, article.StoryId ?? article.Id, signature, article.PublishedDate);
            results[index] = new ImportResult(item.File, item.Parsed.ItemLabel, ImportStatus.Imported, article.Id, Title: article.Title,
                PublishedIsEstimated: article.PublishedIsEstimated);
        }
        return [.. results.Select(r => r!)];
    }

    private static Article? FindInBatch(List<(int Index, Article Article, StorySignature Signature, Article? SameBatchHead, int? Head)> added,
        StorySignature signature, DateOnly date)
    {
        Article? best = null;
        var bestScore = StorySignature.SameStoryThreshold;
        foreach (var other in added)
        {
            if (other.Signature is null || Math.Abs(other.Article.PublishedDate.DayNumber - date.DayNumber) > 10)
                continue;
            var score = StorySignature.Similarity(signature, other.Signature);
            if (score >= bestScore)
            {
                bestScore = score;
                best = other.SameBatchHead ?? other.Article;
            }
        }
        return best;
    }

    /// <summary>The stated date, else the date given with the import, else the import date flagged as estimated.</summary>
    private static (DateTime At, DateOnly Date, bool Estimated) ResolvePublished(Pending item, DateTime now)
    {
        if (item.Parsed.Published is { } stated)
            return (stated.UtcDateTime, DateOnly.FromDateTime(stated.DateTime), false);
        if (item.Options.Published is { } given)
            return (given.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), given, false);
        // No date anywhere: the import date stands in, flagged so a person sets the real one.
        return (now, DateOnly.FromDateTime(now), true);
    }

    private static string LanguageOf(Pending item) => item.Options.Language is { Length: > 0 } language ? language : item.Parsed.Language;

    private static Article ToArticle(Pending item, string hash, string? canonical, DateTime now)
    {
        var parsed = item.Parsed;
        var (publishedAt, publishedDate, estimated) = ResolvePublished(item, now);
        var warnings = parsed.Warnings.ToList();
        return new Article
        {
            Title = parsed.Title,
            Subtitle = parsed.Subtitle,
            Caption = parsed.Caption,
            Text = parsed.Text,
            SanitizedHtml = parsed.SanitizedHtml,
            Language = LanguageOf(item),
            SourceName = item.Options.SourceName is { Length: > 0 } source ? source : parsed.SourceName,
            SourceId = item.Options.SourceId,
            Url = parsed.Url ?? item.Options.Url,
            CanonicalUrl = canonical,
            PublishedAt = publishedAt,
            PublishedDate = publishedDate,
            PublishedIsEstimated = estimated,
            ImportedAt = now,
            ContentHash = hash,
            FileName = item.File is null ? null : Path.GetFileName(item.File),
            ItemLabel = parsed.ItemLabel,
            Warnings = warnings.Count == 0 ? null : string.Join("\n", warnings),
            SearchText = item.Fingerprints.SearchText,
            Raw = new ArticleRaw { Content = item.Raw, FileName = item.File is null ? null : Path.GetFileName(item.File), ContentType = item.ContentType },
        };
    }
}
