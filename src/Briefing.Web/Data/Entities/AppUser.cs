using Microsoft.AspNetCore.Identity;

namespace Briefing.Web.Data.Entities;

public class AppUser : IdentityUser
{
    public bool IsDisabled { get; set; }
    /// <summary>UI language remembered per user: "he" or "en".</summary>
    public string? PreferredCulture { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A bearer token for scripts; only its SHA-256 is stored, the token itself is shown once.</summary>
public class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    /// <summary>First characters of the token, to tell tokens apart in a list.</summary>
    public required string Prefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
