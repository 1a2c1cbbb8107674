using System.Text.Json;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;

namespace Briefing.Web.Features.Audit;

/// <summary>Adds an audit row to the caller's context so it commits in the same SaveChanges as the change itself.</summary>
public static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Add(BriefingDbContext db, CurrentUser user, string action, string entity, object? entityId,
        object? before, object? after, DateTime at)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            UserId = user.Id,
            User = user.Name,
            Action = action,
            Entity = entity,
            EntityId = entityId?.ToString(),
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
