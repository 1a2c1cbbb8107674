using Briefing.Web.Data.Entities;
using MudBlazor;

namespace Briefing.Web.Features.Timelines;

/// <summary>One icon and colour per event type, the same on every page.</summary>
public static class EventTypeStyle
{
    public static string Icon(EventType type) => type switch
    {
        EventType.Meeting => Icons.Material.Filled.Handshake,
        EventType.Visit => Icons.Material.Filled.FlightLand,
        EventType.Statement => Icons.Material.Filled.Campaign,
        EventType.Recommendation => Icons.Material.Filled.Lightbulb,
        EventType.Legislation => Icons.Material.Filled.Gavel,
        _ => Icons.Material.Filled.HistoryEdu,
    };

    public static string Color(EventType type) => type switch
    {
        EventType.Meeting => "#1565c0",
        EventType.Visit => "#00838f",
        EventType.Statement => "#6a1b9a",
        EventType.Recommendation => "#e65100",
        EventType.Legislation => "#c62828",
        _ => "#2e7d32",
    };

    public static string Key(EventType type) => "Type." + type.ToString().ToLowerInvariant();

    public static string ActorIcon(ActorKind kind) => kind switch
    {
        ActorKind.Person => Icons.Material.Filled.Person,
        ActorKind.Organization => Icons.Material.Filled.AccountBalance,
        _ => Icons.Material.Filled.Flag,
    };

    public static string Direction(string? language) => language == "he" ? "rtl" : "ltr";
}
