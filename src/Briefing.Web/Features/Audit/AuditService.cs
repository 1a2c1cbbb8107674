using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Audit;

public sealed record AuditRow(long Id, DateTime At, string User, string Action, string Entity, string? EntityId, string? Before, string? After);

public sealed record AuditQuery(DateTime? From = null, DateTime? To = null, string? User = null, string? Entity = null, int Skip = 0, int Take = 50);

public sealed class AuditService(IDbContextFactory<BriefingDbContext> dbFactory)
{
    public async Task<(int Total, List<AuditRow> Items)> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.AuditEntries.AsNoTracking();
        if (query.From is { } from) rows = rows.Where(a => a.At >= from);
        if (query.To is { } to) rows = rows.Where(a => a.At < to);
        if (!string.IsNullOrWhiteSpace(query.User)) rows = rows.Where(a => a.User.Contains(query.User));
        if (!string.IsNullOrWhiteSpace(query.Entity)) rows = rows.Where(a => a.Entity == query.Entity);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(a => a.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500))
            .Select(a => new AuditRow(a.Id, a.At, a.User, a.Action, a.Entity, a.EntityId, a.Before, a.After))
            .ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<List<string>> EntitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
    }
}
