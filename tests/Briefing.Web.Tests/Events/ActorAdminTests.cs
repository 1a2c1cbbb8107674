using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Briefing.Web.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Tests.Events;

public class ActorAdminTests : IAsyncLifetime
{
    private static readonly CurrentUser Admin = new("admin-id", "admin@briefing.test");
    private EventsTestBed bed = default!;

    public async ValueTask InitializeAsync() => bed = await EventsTestBed.CreateAsync(withArticles: false);

    public async ValueTask DisposeAsync() => await bed.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ActorEdit Edit(string key, string nameEn, string? nameHe, params string[] aliases) =>
        new(key, ActorKind.Person, nameEn, nameHe, aliases, "envoy", "israel", [], [], [], null, false);

    private async Task<string> ImportAsync(string text)
    {
        var (items, failure) = bed.Ingestion.Parse(System.Text.Encoding.UTF8.GetBytes(text), "note.txt", null, new(), Ct);
        Assert.Null(failure);
        var result = Assert.Single(await bed.Ingestion.StoreAsync(items, Ct));
        return result.Status.ToString();
    }

    [Fact]
    public async Task A_new_actor_is_audited_and_the_extractor_knows_it_at_once()
    {
        await bed.Extraction.CompiledAsync(Ct); // compiled before the change: must be rebuilt
        var created = await bed.Actors.CreateAsync(Edit("yossi-test", "Yossi Testman", "יוסי טסטמן", "Y. Testman"), Admin, Ct);
        Assert.True(created.Succeeded, created.Error);
        Assert.Single(await bed.Actors.ListAsync("טסטמן", cancellationToken: Ct));
        Assert.Single(await bed.Actors.ListAsync("y. testman", cancellationToken: Ct));

        await ImportAsync("Testman meets Netanyahu\n\nPublished: 2025-09-01\n\nYossi Testman met Prime Minister Benjamin Netanyahu in Jerusalem on Sunday to discuss the Iran file.");
        var events = await bed.TimelineAsync();
        Assert.Contains(events, e => e.Actors.Any(a => a.Key == "yossi-test"));

        await using var db = bed.Database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "actor.create", Ct);
        Assert.Equal(created.ActorId.ToString(), audit.EntityId);
        Assert.Contains("Yossi Testman", audit.After);
    }

    [Fact]
    public async Task Edits_are_validated_audited_and_refused_when_stale_and_deletes_are_audited()
    {
        var hajiyev = (await bed.Actors.ListAsync("hikmet-hajiyev", cancellationToken: Ct)).Single();
        Assert.False((await bed.Actors.UpdateAsync(hajiyev.Id, hajiyev.Version, hajiyev.ToEdit() with { Key = "Bad Key" }, Admin, Ct)).Succeeded);
        Assert.False((await bed.Actors.UpdateAsync(hajiyev.Id, hajiyev.Version, hajiyev.ToEdit() with { Key = "benjamin-netanyahu" }, Admin, Ct)).Succeeded);

        var edit = hajiyev.ToEdit() with { Aliases = [.. hajiyev.Aliases, "Hajiev"] };
        Assert.True((await bed.Actors.UpdateAsync(hajiyev.Id, hajiyev.Version, edit, Admin, Ct)).Succeeded);
        var stale = await bed.Actors.UpdateAsync(hajiyev.Id, hajiyev.Version, edit with { Role = "other" }, Admin, Ct);
        Assert.True(stale.Conflict);
        Assert.Contains("Hajiev", (await bed.Actors.ListAsync("hikmet-hajiyev", cancellationToken: Ct)).Single().Aliases);

        var current = (await bed.Actors.ListAsync("hikmet-hajiyev", cancellationToken: Ct)).Single();
        Assert.True((await bed.Actors.DeleteAsync(current.Id, current.Version, Admin, Ct)).Succeeded);
        Assert.Empty(await bed.Actors.ListAsync("hikmet-hajiyev", cancellationToken: Ct));
        await using var db = bed.Database.CreateDbContext();
        Assert.Equal(["actor.delete", "actor.edit"], await db.AuditEntries.Select(a => a.Action).OrderBy(a => a).ToListAsync(Ct));
    }

    [Fact]
    public async Task Proposed_actors_are_confirmed_with_corrected_names_or_dismissed_for_good()
    {
        await using (var db = bed.Database.CreateDbContext())
        {
            db.Actors.Add(new Actor { Key = "proposed-jane-roe", NameEn = "Jane Roe", Aliases = ["Jane Roe"], Status = ActorStatus.Proposed });
            db.Actors.Add(new Actor { Key = "proposed-acme", NameEn = "Acme", Aliases = ["Acme"], Status = ActorStatus.Proposed });
            await db.SaveChangesAsync(Ct);
        }
        var proposed = await bed.Actors.ListAsync(status: ActorStatus.Proposed, cancellationToken: Ct);
        Assert.Equal(["Acme", "Jane Roe"], proposed.Select(p => p.NameEn).Order());

        var jane = proposed.Single(p => p.NameEn == "Jane Roe");
        var confirmed = await bed.Actors.ConfirmAsync(jane.Id, jane.Version, jane.ToEdit() with { Key = "jane-roe", NameHe = "ג'יין רו" }, Admin, Ct);
        Assert.True(confirmed.Succeeded, confirmed.Error);
        var acme = proposed.Single(p => p.NameEn == "Acme");
        Assert.True((await bed.Actors.DismissAsync(acme.Id, acme.Version, Admin, Ct)).Succeeded);

        Assert.Empty(await bed.Actors.ListAsync(status: ActorStatus.Proposed, cancellationToken: Ct));
        var janeNow = (await bed.Actors.ListAsync("jane-roe", cancellationToken: Ct)).Single();
        Assert.Equal("ג'יין רו", janeNow.NameHe);
        Assert.Single(await bed.Actors.ListAsync(status: ActorStatus.Dismissed, cancellationToken: Ct));
        Assert.Contains("jane-roe", (await bed.Extraction.CompiledAsync(Ct)).ActorIds.Keys);
        Assert.DoesNotContain("proposed-acme", (await bed.Extraction.CompiledAsync(Ct)).ActorIds.Keys);
    }
}
