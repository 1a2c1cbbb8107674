using Briefing.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Data;

/// <summary>
/// The one model for both providers. Each provider has a thin subclass that owns its migrations
/// (<see cref="SqliteBriefingDbContext"/>, <see cref="PostgresBriefingDbContext"/>).
/// </summary>
public class BriefingDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRaw> ArticleRaws => Set<ArticleRaw>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<TopicRule> TopicRules => Set<TopicRule>();
    public DbSet<ArticleTopic> ArticleTopics => Set<ArticleTopic>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventActor> EventActors => Set<EventActor>();
    public DbSet<EventSource> EventSources => Set<EventSource>();
    public DbSet<EventTopic> EventTopics => Set<EventTopic>();
    public DbSet<Brief> Briefs => Set<Brief>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Source>(e =>
        {
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.FeedUrl).HasMaxLength(2000);
            e.HasIndex(s => s.Name);
            e.HasIndex(s => s.NextPollAt);
        });

        builder.Entity<Article>(e =>
        {
            e.Property(a => a.Title).HasMaxLength(1000);
            e.Property(a => a.Language).HasMaxLength(8);
            e.Property(a => a.ContentHash).HasMaxLength(64);
            e.Property(a => a.Url).HasMaxLength(2000);
            e.Property(a => a.CanonicalUrl).HasMaxLength(2000);
            e.HasIndex(a => a.ContentHash);
            e.HasIndex(a => a.CanonicalUrl);
            e.HasIndex(a => a.PublishedAt);
            e.HasIndex(a => a.ImportedAt);
            e.HasIndex(a => a.PublishedDate);
            e.HasIndex(a => a.StoryId);
            e.HasIndex(a => a.DuplicateOfId);
            e.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(a => a.Raw).WithOne().HasForeignKey<ArticleRaw>(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ArticleRaw>().HasKey(r => r.ArticleId);

        builder.Entity<Topic>(e =>
        {
            e.Property(t => t.Slug).HasMaxLength(100);
            e.HasIndex(t => t.Slug).IsUnique();
            e.Property(t => t.Color).HasMaxLength(16);
            e.HasMany(t => t.Rules).WithOne(r => r.Topic).HasForeignKey(r => r.TopicId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TopicRule>(e =>
        {
            e.Property(r => r.Key).HasMaxLength(100);
            e.HasIndex(r => new { r.TopicId, r.Key }).IsUnique();
        });

        builder.Entity<ArticleTopic>(e =>
        {
            e.HasKey(at => new { at.ArticleId, at.TopicId });
            e.HasIndex(at => new { at.TopicId, at.IsExcluded, at.PublishedAt });
            e.HasOne(at => at.Article).WithMany(a => a.Topics).HasForeignKey(at => at.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(at => at.Topic).WithMany().HasForeignKey(at => at.TopicId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Actor>(e =>
        {
            e.Property(a => a.Key).HasMaxLength(100);
            e.HasIndex(a => a.Key).IsUnique();
        });

        builder.Entity<Event>(e =>
        {
            e.HasIndex(ev => ev.SortDate);
            e.HasIndex(ev => ev.MergeKey);
            e.HasIndex(ev => new { ev.Type, ev.SortDate });
            e.HasIndex(ev => ev.StatuteKey);
        });
        builder.Entity<EventActor>(e =>
        {
            e.HasKey(ea => new { ea.EventId, ea.ActorId, ea.Role });
            e.HasIndex(ea => ea.ActorId);
            e.HasOne(ea => ea.Event).WithMany(ev => ev.Actors).HasForeignKey(ea => ea.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(ea => ea.Actor).WithMany().HasForeignKey(ea => ea.ActorId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<EventSource>(e =>
        {
            e.HasIndex(es => es.ArticleId);
            e.HasIndex(es => es.EventId);
            e.HasOne(es => es.Event).WithMany(ev => ev.Sources).HasForeignKey(es => es.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(es => es.Article).WithMany(a => a.EventSources).HasForeignKey(es => es.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<EventTopic>(e =>
        {
            e.HasKey(et => new { et.EventId, et.TopicId });
            e.HasIndex(et => new { et.TopicId, et.SortDate });
            e.HasOne(et => et.Event).WithMany(ev => ev.Topics).HasForeignKey(et => et.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(et => et.Topic).WithMany().HasForeignKey(et => et.TopicId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Brief>(e =>
        {
            e.Property(b => b.Week).HasMaxLength(10);
            e.HasIndex(b => b.Week);
            e.HasIndex(b => b.CreatedAt);
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.Entity, a.EntityId });
            e.HasIndex(a => a.User);
        });

        builder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = StampVersions();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = StampVersions();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Gives every added or modified versioned entity a new <see cref="IVersioned.Version"/>. Changes are detected once
    /// here and automatic detection is off for the save that follows (the caller restores it): scanning every tracked
    /// entity twice per save was a tenth of a bulk import's storing time. The version is set through the entry, so it is
    /// marked modified without another scan.
    /// </summary>
    private bool StampVersions()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
            ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Property(e => e.Version).CurrentValue = Guid.NewGuid();
        return detect;
    }
}

public sealed class SqliteBriefingDbContext(DbContextOptions<SqliteBriefingDbContext> options) : BriefingDbContext(options);

public sealed class PostgresBriefingDbContext(DbContextOptions<PostgresBriefingDbContext> options) : BriefingDbContext(options);
