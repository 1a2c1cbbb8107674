using System.Security.Cryptography;
using System.Text;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Auth;

public sealed record ApiTokenRow(int Id, string Name, string Prefix, string UserEmail, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>Issues bearer tokens (shown once, stored as SHA-256), lists and revokes them.</summary>
public sealed class ApiTokenService(IDbContextFactory<BriefingDbContext> dbFactory, TimeProvider clock)
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<(string Token, DateTime? Expires)> IssueAsync(string userId, string userEmail, string? name, TimeSpan? lifetime = null)
    {
        var token = "brf_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + (lifetime ?? TimeSpan.FromDays(90));
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = new ApiToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim()[..Math.Min(100, name.Trim().Length)],
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = now,
            ExpiresAt = expires,
        };
        db.ApiTokens.Add(row);
        AuditLog.Add(db, new CurrentUser(userId, userEmail), "token.issue", "ApiToken", null, null, new { row.Name, row.Prefix, row.ExpiresAt }, now);
        await db.SaveChangesAsync();
        return (token, expires);
    }

    /// <summary>An owner sees their own tokens; an admin (ownerId null) sees all.</summary>
    public async Task<List<ApiTokenRow>> ListAsync(string? ownerId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tokens = db.ApiTokens.AsNoTracking();
        if (ownerId is not null) tokens = tokens.Where(t => t.UserId == ownerId);
        return await tokens.OrderByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.User!.Email ?? "", t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync();
    }

    /// <summary>Revokes a token the user owns, or any token when the user is an admin. False when not allowed or not found.</summary>
    public async Task<bool> RevokeAsync(int tokenId, CurrentUser user, bool isAdmin)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId);
        if (token is null || (!isAdmin && token.UserId != user.Id))
            return false;
        if (token.RevokedAt is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            token.RevokedAt = now;
            AuditLog.Add(db, user, "token.revoke", "ApiToken", token.Id, null, new { token.Name, token.Prefix }, now);
            await db.SaveChangesAsync();
        }
        return true;
    }
}
