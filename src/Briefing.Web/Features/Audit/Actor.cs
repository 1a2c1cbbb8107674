using System.Security.Claims;

namespace Briefing.Web.Features.Audit;

/// <summary>The person acting, for audit rows: taken from the circuit's AuthenticationState or the request's user.</summary>
public sealed record CurrentUser(string? Id, string Name)
{
    public static readonly CurrentUser System = new(null, "system");

    public static CurrentUser From(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
            ? new(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name ?? "unknown")
            : System;
}
