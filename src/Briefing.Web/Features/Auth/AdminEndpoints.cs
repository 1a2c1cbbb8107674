using Briefing.Web.Features.Audit;

namespace Briefing.Web.Features.Auth;

public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api").RequireAuthorization(Roles.Admin).WithTags("Admin");
        admin.MapGet("/users", async (UserAdminService users) =>
                (await users.ListAsync()).Select(u => new { email = u.Email, role = u.Role, disabled = u.Disabled }))
            .WithSummary("All users with their role.");
        admin.MapGet("/audit", async (DateTime? from, DateTime? to, int? skip, int? take, AuditService audit) =>
            {
                var (total, items) = await audit.SearchAsync(new AuditQuery(ToUtc(from), ToUtc(to), Skip: skip ?? 0, Take: take ?? 50));
                return new
                {
                    total,
                    items = items.Select(a => new { at = a.At, user = a.User, action = a.Action, entity = a.Entity, entityId = a.EntityId, before = a.Before, after = a.After }),
                };
            })
            .WithSummary("The audit log, newest first.");
    }

    internal static DateTime? ToUtc(DateTime? value) => value is { } v
        ? v.Kind switch { DateTimeKind.Utc => v, DateTimeKind.Local => v.ToUniversalTime(), _ => DateTime.SpecifyKind(v, DateTimeKind.Utc) }
        : null;
}
