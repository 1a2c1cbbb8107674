// Service calls here are short; passing the test token to each one would only add noise.
#pragma warning disable xUnit1051

using System.Text.Json;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Topics;

public sealed class TopicAdminServiceTests : IAsyncLifetime
{
    private SqliteTestDatabase database = default!;
    private TopicServices services = default!;
    private TopicAdminService Admin => services.Admin_;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        services = new TopicServices(database, TopicServices.Clock());
    }

    public async ValueTask DisposeAsync()
    {
        await services.Job.Completion;
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Saving_a_rule_writes_an_audit_row_with_before_and_after_and_reclassifies_stored_articles()
    {
        var draft = await services.CreateTopicAsync("food", "falafel");
        var hummus = await services.AddArticleAsync("Hummus wars", "A long piece about hummus in Jaffa.");
        Assert.Null(await services.RowAsync(hummus, "food"));

        draft.Rules[0].AnyOfText = "falafel\nhummus";
        var result = await Admin.SaveAsync(draft, TopicServices.Admin);
        Assert.True(result.Succeeded);
        await services.Job.Completion;

        await using var db = database.CreateDbContext();
        var audit = await db.AuditEntries.Where(a => a.Action == "topic.update" && a.EntityId == "food").OrderBy(a => a.Id).LastAsync();
        Assert.Equal("admin@briefing.test", audit.User);
        Assert.Equal("admin-id", audit.UserId);
        var before = JsonDocument.Parse(audit.Before!).RootElement.GetProperty("rules")[0].GetProperty("anyOf");
        var after = JsonDocument.Parse(audit.After!).RootElement.GetProperty("rules")[0].GetProperty("anyOf");
        Assert.Equal(["falafel"], before.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["falafel", "hummus"], after.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["falafel", "hummus"], (await db.TopicRules.SingleAsync(r => r.Topic!.Slug == "food")).AnyOf);
        var row = await services.RowAsync(hummus, "food");
        Assert.NotNull(row);
        Assert.Contains("hummus", row.EvidenceJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused_and_writes_nothing()
    {
        await services.CreateTopicAsync("food", "falafel");
        var first = (await Admin.LoadDraftAsync("food"))!;
        var second = (await Admin.LoadDraftAsync("food"))!;
        first.NameEn = "Food (first admin)";
        Assert.True((await Admin.SaveAsync(first, TopicServices.Admin)).Succeeded);
        await services.Job.Completion;
        await using var db = database.CreateDbContext();
        var auditRows = await db.AuditEntries.CountAsync();

        second.NameEn = "Food (second admin)";
        second.Rules[0].AnyOfText = "shakshuka";
        var result = await Admin.SaveAsync(second, TopicServices.Admin);

        Assert.False(result.Succeeded);
        Assert.True(result.Conflict);
        var stored = await db.Topics.Include(t => t.Rules).AsNoTracking().SingleAsync(t => t.Slug == "food");
        Assert.Equal("Food (first admin)", stored.NameEn);
        Assert.Equal(["falafel"], stored.Rules.Single().AnyOf);
        Assert.Equal(auditRows, await db.AuditEntries.CountAsync());
        // The refused draft still holds the second admin's edits.
        Assert.Equal("Food (second admin)", second.NameEn);
        Assert.Equal(["shakshuka"], second.Rules[0].AnyOf);
    }

    [Fact]
    public async Task Invalid_rules_are_refused_with_the_validation_message()
    {
        var draft = await services.CreateTopicAsync("food", "falafel");
        draft.Rules[0].AnyOfText = "";
        draft.Rules[0].Weight = 0;
        var result = await Admin.SaveAsync(draft, TopicServices.Admin);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("needs at least one 'any of' or 'all of' term", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("weight", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merging_moves_articles_events_and_rules_and_archives_the_source()
    {
        await services.CreateTopicAsync("falafel", "falafel");
        var target = await services.CreateTopicAsync("food", "hummus");
        var onlySource = await services.AddArticleAsync("Falafel stand opens", "The falafel is crisp.");
        var both = await services.AddArticleAsync("Falafel and hummus", "Hummus with falafel on top.");
        int sourceId, eventId;
        await using (var db = database.CreateDbContext())
        {
            sourceId = (await db.Topics.SingleAsync(t => t.Slug == "falafel")).Id;
            var ev = new Event { Type = EventType.Statement, Summary = "Falafel festival announced", Precision = DatePrecision.Unknown };
            ev.Topics.Add(new EventTopic { TopicId = sourceId });
            // Reported by an article of the source topic: event topics are rebuilt from the reporting articles.
            ev.Sources.Add(new EventSource { ArticleId = onlySource, Quote = "Falafel festival announced" });
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            eventId = ev.Id;
        }

        var result = await Admin.MergeAsync(sourceId, target.Id, TopicServices.Admin);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        await services.Job.Completion;

        await using var check = database.CreateDbContext();
        var source = await check.Topics.Include(t => t.Rules).SingleAsync(t => t.Id == sourceId);
        Assert.True(source.IsArchived);
        Assert.Equal(target.Id, source.MergedIntoId);
        Assert.Empty(source.Rules);
        Assert.Empty(await check.ArticleTopics.Where(at => at.TopicId == sourceId).ToListAsync());
        Assert.NotNull(await services.RowAsync(onlySource, "food"));
        Assert.NotNull(await services.RowAsync(both, "food"));
        Assert.True(await check.EventTopics.AnyAsync(et => et.EventId == eventId && et.TopicId == target.Id));
        Assert.Equal(2, await check.TopicRules.CountAsync(r => r.TopicId == target.Id));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "topic.merge" && a.EntityId == "falafel" && a.After!.Contains("\"movedEvents\":1")));
    }

    [Fact]
    public async Task Manual_exclusion_and_inclusion_survive_reclassification_and_clearing_hands_back_to_the_rules()
    {
        var topic = await services.CreateTopicAsync("food", "falafel");
        var matching = await services.AddArticleAsync("Falafel stand opens", "The falafel is crisp.");
        var unrelated = await services.AddArticleAsync("Budget vote", "The Knesset voted on the budget.");
        Assert.Equal(AssignmentOrigin.Rule, (await services.RowAsync(matching, "food"))!.Origin);

        Assert.True((await Admin.SetManualAsync(topic.Id, matching, ManualDecision.Exclude, TopicServices.Admin)).Succeeded);
        Assert.True((await Admin.SetManualAsync(topic.Id, unrelated, ManualDecision.Include, TopicServices.Admin)).Succeeded);
        await services.Assignments.ReclassifyAllAsync(cancellationToken: TestContext.Current.CancellationToken);

        var excluded = await services.RowAsync(matching, "food");
        Assert.True(excluded!.IsExcluded);
        var included = await services.RowAsync(unrelated, "food");
        Assert.False(included!.IsExcluded);
        Assert.Equal(AssignmentOrigin.Manual, included.Origin);
        var (total, items) = await services.Reader.ArticlesAsync(topic.Id, new TopicArticleQuery());
        Assert.Equal(1, total);
        Assert.Equal(unrelated, items.Single().Id);

        await Admin.SetManualAsync(topic.Id, matching, ManualDecision.Clear, TopicServices.Admin);
        await Admin.SetManualAsync(topic.Id, unrelated, ManualDecision.Clear, TopicServices.Admin);
        Assert.Equal(AssignmentOrigin.Rule, (await services.RowAsync(matching, "food"))!.Origin);
        Assert.False((await services.RowAsync(matching, "food"))!.IsExcluded);
        Assert.Null(await services.RowAsync(unrelated, "food"));
        await using var db = database.CreateDbContext();
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action.StartsWith("topic.manual.")));
    }

    [Fact]
    public async Task Impact_preview_counts_new_and_lost_assignments_and_leaves_manual_decisions_alone()
    {
        var topic = await services.CreateTopicAsync("food", "falafel");
        var falafel1 = await services.AddArticleAsync("Falafel stand opens", "The falafel is crisp.");
        await services.AddArticleAsync("Falafel prices", "Falafel costs more this year.");
        var excluded = await services.AddArticleAsync("Falafel museum", "A falafel museum in Haifa.");
        var hummus = await services.AddArticleAsync("Hummus wars", "Hummus in Jaffa.");
        await services.AddArticleAsync("Budget vote", "The Knesset voted on the budget.");
        await Admin.SetManualAsync(topic.Id, excluded, ManualDecision.Exclude, TopicServices.Admin);

        topic.Rules[0].AnyOfText = "hummus";
        var preview = await Admin.PreviewImpactAsync(topic);

        Assert.Equal(5, preview.Examined);
        Assert.Equal(5, preview.Stored);
        Assert.Equal(1, preview.Added);
        Assert.Equal(2, preview.Removed);
        Assert.Equal(hummus, preview.AddedExamples.Single().ArticleId);
        Assert.Contains(preview.RemovedExamples, e => e.ArticleId == falafel1);
        Assert.DoesNotContain(preview.RemovedExamples, e => e.ArticleId == excluded);

        // The preview is bounded to the most recent articles.
        var bounded = await Admin.PreviewImpactAsync(topic, limit: 2);
        Assert.Equal(2, bounded.Examined);
        // Nothing was saved by previewing.
        Assert.Equal(["falafel"], (await Admin.LoadDraftAsync("food"))!.Rules[0].AnyOf);
    }

    [Fact]
    public async Task Topic_page_counts_rule_hits_from_stored_evidence_and_charts_weeks()
    {
        var topic = await services.CreateTopicAsync("food", "falafel");
        var draft = (await Admin.LoadDraftAsync("food"))!;
        draft.Rules.Add(new RuleDraft { Name = "Spreads", AnyOf = ["hummus"] });
        Assert.True((await Admin.SaveAsync(draft, TopicServices.Admin)).Succeeded);
        await services.Job.Completion;
        await services.AddArticleAsync("Falafel stand opens", "The falafel is crisp.", published: new DateTime(2025, 8, 11, 0, 0, 0, DateTimeKind.Utc));
        await services.AddArticleAsync("Falafel and hummus", "Hummus with falafel.", published: new DateTime(2025, 8, 4, 0, 0, 0, DateTimeKind.Utc));

        var details = (await services.Reader.DetailsAsync("food"))!;
        Assert.Equal(2, details.ArticleCount);
        Assert.Equal(2, details.Rules.Single(r => r.Name == "Main").ArticleHits);
        Assert.Equal(1, details.Rules.Single(r => r.Name == "Spreads").ArticleHits);

        var weekly = await services.Reader.WeeklyAsync(3, "food");
        Assert.Equal(new DateOnly(2025, 8, 10), weekly.WeekStarts[^1]);
        Assert.Equal([0, 1, 1], weekly.Topics.Single().Counts);
        Assert.Equal(topic.Id, details.Id);
    }

    [Fact]
    public async Task Evidence_json_for_the_api_omits_excluded_rows_and_names_the_origin()
    {
        var topic = await services.CreateTopicAsync("food", "falafel");
        var article = await services.AddArticleAsync("Falafel stand opens", "The falafel is crisp.");
        await using var db = database.CreateDbContext();
        var rows = await db.ArticleTopics.Include(at => at.Topic).Where(at => at.ArticleId == article).ToListAsync();
        var api = TopicEvidenceJson.ToApi(rows);
        var food = api.Single(t => t.Slug == "food");
        Assert.Equal("rule", food.Origin);
        Assert.Contains(food.Evidence, e => e is { Field: "title", Start: 0, Length: 7 } && e.Term == "falafel");
        var json = JsonSerializer.Serialize(api);
        Assert.Contains("\"slug\":\"food\"", json);
        Assert.Contains("\"snippet\":", json);

        await Admin.SetManualAsync(topic.Id, article, ManualDecision.Exclude, TopicServices.Admin);
        var after = await db.ArticleTopics.AsNoTracking().Include(at => at.Topic).Where(at => at.ArticleId == article).ToListAsync();
        Assert.DoesNotContain(TopicEvidenceJson.ToApi(after), t => t.Slug == "food");
    }
}
