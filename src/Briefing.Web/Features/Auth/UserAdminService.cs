using System.Security.Cryptography;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Auth;

public sealed record UserRow(string Id, string Email, string Role, bool Disabled, bool LockedOut, DateTime CreatedAt);

public sealed record UserResult(bool Succeeded, string? Error = null, string? GeneratedPassword = null)
{
    public static UserResult Fail(string error) => new(false, error);
}

/// <summary>
/// Creates users, sets roles, disables accounts. Each operation runs in its own scope so the Identity stores get a
/// fresh context, and writes its audit row in the same transaction.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, TimeProvider clock, SetupState setup)
{
    public async Task<List<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDbContext>();
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        return users.Select(u => new UserRow(u.Id, u.Email ?? "",
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name).FirstOrDefault(r => r == Roles.Admin)
                    ?? roles.Where(r => r.UserId == u.Id).Select(r => r.Name).FirstOrDefault() ?? "",
                u.IsDisabled, !u.IsDisabled && u.LockoutEnd > now, u.CreatedAt))
            .ToList();
    }

    /// <summary>Creates a user; without a password one is generated and returned once, to hand over.</summary>
    public async Task<UserResult> CreateAsync(string email, string role, string? password, CurrentUser actor)
    {
        email = email.Trim();
        if (!Roles.IsValid(role))
            return UserResult.Fail($"Role must be {Roles.Admin} or {Roles.Staff}.");
        if (!email.Contains('@') || email.Length > 256)
            return UserResult.Fail("Enter a valid email address.");
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;

        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded)
            return UserResult.Fail(string.Join(" ", created.Errors.Select(e => e.Description)));
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
            return UserResult.Fail(string.Join(" ", added.Errors.Select(e => e.Description)));
        AuditLog.Add(db, actor, "user.create", "User", user.Id, null, new { email, role }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        setup.MarkHasUsers();
        return new UserResult(true, GeneratedPassword: generated);
    }

    public async Task<UserResult> SetRoleAsync(string userId, string role, CurrentUser actor)
    {
        if (!Roles.IsValid(role))
            return UserResult.Fail($"Role must be {Roles.Admin} or {Roles.Staff}.");
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDbContext>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return UserResult.Fail("No such user.");
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && role != Roles.Admin && await IsLastActiveAdminAsync(users, user))
            return UserResult.Fail("This is the last active admin; make another admin first.");
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        AuditLog.Add(db, actor, "user.role", "User", user.Id, new { roles = current }, new { role }, clock.GetUtcNow().UtcDateTime);
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync();
        return new UserResult(true);
    }

    public async Task<UserResult> SetDisabledAsync(string userId, bool disabled, CurrentUser actor)
    {
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDbContext>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return UserResult.Fail("No such user.");
        if (disabled && user.Id == actor.Id)
            return UserResult.Fail("You cannot disable your own account.");
        if (disabled && (await users.GetRolesAsync(user)).Contains(Roles.Admin) && await IsLastActiveAdminAsync(users, user))
            return UserResult.Fail("This is the last active admin; make another admin first.");
        var before = user.IsDisabled;
        user.IsDisabled = disabled;
        AuditLog.Add(db, actor, disabled ? "user.disable" : "user.enable", "User", user.Id, new { disabled = before }, new { disabled }, clock.GetUtcNow().UtcDateTime);
        // A new security stamp signs the user out everywhere at the next validation.
        await users.UpdateSecurityStampAsync(user);
        return new UserResult(true);
    }

    private static async Task<bool> IsLastActiveAdminAsync(UserManager<AppUser> users, AppUser user)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Count(a => !a.IsDisabled) <= 1 && admins.Any(a => a.Id == user.Id);
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}
