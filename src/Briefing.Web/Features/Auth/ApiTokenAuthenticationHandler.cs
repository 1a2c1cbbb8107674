using System.Security.Claims;
using System.Text.Encodings.Web;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Auth;

/// <summary>Authenticates <c>Authorization: Bearer TOKEN</c> against the stored SHA-256 of unrevoked, unexpired tokens.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<BriefingDbContext> dbFactory,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();

        var hash = ApiTokenService.Hash(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var token = await db.ApiTokens.Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, Context.RequestAborted);
        if (token?.User is null || token.User.IsDisabled || (token.ExpiresAt is { } expires && expires <= now))
            return AuthenticateResult.Fail("The token is unknown, revoked, expired, or its user is disabled.");

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == token.UserId
                           select r.Name).ToListAsync(Context.RequestAborted);
        token.LastUsedAt = now;
        await db.SaveChangesAsync(Context.RequestAborted);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.UserId),
            new(ClaimTypes.Name, token.User.Email ?? token.User.UserName ?? token.UserId),
        };
        claims.AddRange(roles.Where(r => r is not null).Select(r => new Claim(ClaimTypes.Role, r!)));
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
