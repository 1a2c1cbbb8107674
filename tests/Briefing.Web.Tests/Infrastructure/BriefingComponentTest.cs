using System.Globalization;
using Briefing.Web.Data;
using Briefing.Web.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace Briefing.Web.Tests.Infrastructure;

/// <summary>bUnit with MudBlazor (as MudBlazor's own tests set it up), the app's localisation and a real SQLite database.</summary>
public abstract class BriefingComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
    protected SqliteTestDatabase Database { get; private set; } = default!;
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 8, 13, 9, 0, 0, TimeSpan.Zero));

    public virtual async ValueTask InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => { o.SnackbarConfiguration.ShowTransitionDuration = 0; o.SnackbarConfiguration.HideTransitionDuration = 0; o.PopoverOptions.CheckForPopoverProvider = false; });
        Services.AddTsvLocalization();
        Services.AddSingleton<IDbContextFactory<BriefingDbContext>>(Database);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Options.Create(new BriefingOptions()));
        RegisterServices(Services);
    }

    /// <summary>Renders as the interactive Server circuit does; register services and authorization before calling it.</summary>
    protected IRenderedComponent<TComponent> RenderInteractive<TComponent>() where TComponent : IComponent
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<TComponent>();
    }

    protected virtual void RegisterServices(IServiceCollection services) { }

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
    }

    public new async ValueTask DisposeAsync()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
