using System.Security.Claims;
using Briefing.Web.Data;
using Briefing.Web.Data.Entities;
using Briefing.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Auth;

/// <summary>Sign-in, sign-out and first-admin set-up as server-rendered form posts (antiforgery checked), plus /api/tokens.</summary>
public static class AuthEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public sealed record TokenRequest(string? Email, string? Password, string? Name);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit).ExcludeFromDescription();
        app.MapPost("/account/logout", SignOutAsync).ExcludeFromDescription();
        app.MapPost("/setup", SetupAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit).ExcludeFromDescription();
        app.MapGet("/culture", SetCultureAsync).AllowAnonymous().ExcludeFromDescription();

        var tokens = app.MapGroup("/api/tokens").WithTags("Tokens");
        tokens.MapPost("", IssueTokenAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Exchange email and password for a bearer token (shown once).");
        tokens.MapGet("", async (ClaimsPrincipal user, ApiTokenService service) =>
            await service.ListAsync(user.IsInRole(Roles.Admin) ? null : user.FindFirstValue(ClaimTypes.NameIdentifier)))
            .WithSummary("Your tokens (all tokens for an admin).");
        tokens.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, ApiTokenService service) =>
            await service.RevokeAsync(id, CurrentUser.From(user), user.IsInRole(Roles.Admin))
                ? Results.NoContent()
                : Results.Problem(statusCode: 404, title: "No such token of yours"))
            .WithSummary("Revoke a token you own (any token for an admin).");
    }

    private static async Task<IResult> SignInAsync([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<AppUser> signIn, HttpContext http)
    {
        var back = SafeReturnUrl(returnUrl);
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password))
            return Results.LocalRedirect(LoginUrl("invalid", email, back));
        if (user.IsDisabled)
            return Results.LocalRedirect(LoginUrl("disabled", email, back));

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return Results.LocalRedirect(LoginUrl("locked", email, back));
        if (!result.Succeeded)
            return Results.LocalRedirect(LoginUrl("invalid", email, back));

        SetCultureCookie(http, user.PreferredCulture);
        return Results.LocalRedirect(back);
    }

    private static async Task<IResult> SignOutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login?signedOut=1");
    }

    private static async Task<IResult> SetupAsync([FromForm] string? email, [FromForm] string? password, [FromForm] string? confirm,
        SetupState setup, UserAdminService users, SignInManager<AppUser> signIn)
    {
        if (await setup.HasUsersAsync())
            return Results.NotFound();
        if (password != confirm)
            return Results.LocalRedirect("/setup?error=" + Uri.EscapeDataString("The two passwords differ."));
        var created = await users.CreateAsync(email ?? "", Roles.Admin, password ?? "", CurrentUser.System);
        if (!created.Succeeded)
            return Results.LocalRedirect("/setup?error=" + Uri.EscapeDataString(created.Error ?? "Could not create the user."));
        var user = await signIn.UserManager.FindByEmailAsync(email!.Trim());
        await signIn.SignInAsync(user!, isPersistent: true);
        return Results.LocalRedirect("/");
    }

    private static async Task<IResult> SetCultureAsync(string? c, string? redirect, HttpContext http,
        UserManager<AppUser> users, ClaimsPrincipal principal)
    {
        var culture = c is "he-IL" or "he" ? "he-IL" : "en-US";
        SetCultureCookie(http, culture);
        if (principal.Identity?.IsAuthenticated == true && await users.GetUserAsync(principal) is { } user)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return Results.LocalRedirect(SafeReturnUrl(redirect));
    }

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, UserManager<AppUser> users, ApiTokenService tokens)
    {
        var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(request.Password))
            return Unauthorized();
        if (await users.IsLockedOutAsync(user))
            return Results.Problem(statusCode: 401, title: "Account locked", detail: "Too many failed sign-ins; try again later.");
        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            return Unauthorized();
        }
        await users.ResetAccessFailedCountAsync(user);
        var (token, expires) = await tokens.IssueAsync(user.Id, user.Email ?? "", request.Name);
        return Results.Ok(new { token, expires });
    }

    private static IResult Unauthorized() =>
        Results.Problem(statusCode: 401, title: "Wrong email or password");

    internal static void SetCultureCookie(HttpContext http, string? culture)
    {
        if (culture is not ("he-IL" or "en-US"))
            return;
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
    }

    private static string LoginUrl(string error, string? email, string returnUrl) =>
        $"/account/login?error={error}&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
