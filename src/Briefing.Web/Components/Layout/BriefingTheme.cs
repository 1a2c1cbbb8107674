using MudBlazor;

namespace Briefing.Web.Components.Layout;

public static class BriefingTheme
{
    // System fonts only: there is no font CDN, and Arial/DejaVu/Noto render Hebrew well.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f3a5f", Secondary = "#00897b", AppbarBackground = "#1f3a5f" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Arial", "Noto Sans Hebrew", "DejaVu Sans", "sans-serif"] },
        },
    };
}
