using Briefing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Briefing.Web.Features.Auth;

/// <summary>Whether any user exists yet; the one-time set-up page lives only while none does.</summary>
public sealed class SetupState(IDbContextFactory<BriefingDbContext> dbFactory)
{
    private volatile bool hasUsers;

    public async Task<bool> HasUsersAsync(CancellationToken cancellationToken = default)
    {
        if (hasUsers)
            return true;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        hasUsers = await db.Users.AnyAsync(cancellationToken);
        return hasUsers;
    }

    public void MarkHasUsers() => hasUsers = true;
}

/// <summary>Sends every page request to /setup until the first admin exists (as Gitea and Grafana do).</summary>
internal sealed class FirstRunRedirect(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SetupState setup)
    {
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments("/setup") || path.StartsWithSegments("/assets") || path.StartsWithSegments("/_framework")
            || path.StartsWithSegments("/_content") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi")
            || path.StartsWithSegments("/api") || path.StartsWithSegments("/_blazor") || Path.HasExtension(path.Value);
        if (!exempt && HttpMethods.IsGet(context.Request.Method) && !await setup.HasUsersAsync(context.RequestAborted))
        {
            context.Response.Redirect("/setup");
            return;
        }
        await next(context);
    }
}
