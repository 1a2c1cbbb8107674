using Briefing.Web.Components.Layout;
using Briefing.Web.Tests.Infrastructure;
using Bunit;

namespace Briefing.Web.Tests.Components;

public class NavMenuTests : BriefingComponentTest
{
    [Fact]
    public void Admin_sees_the_administration_links()
    {
        UseCulture("en-US");
        AddAuthorization().SetAuthorized("admin@briefing.test").SetRoles("Admin");
        var menu = RenderInteractive<NavMenu>();
        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/users", links);
        Assert.Contains("/admin/audit", links);
        Assert.Contains("/admin/topics", links);
        Assert.Contains("/import", links);
    }

    [Fact]
    public void Staff_does_not_see_the_administration_links()
    {
        UseCulture("he-IL");
        AddAuthorization().SetAuthorized("staff@briefing.test").SetRoles("Staff");
        var menu = RenderInteractive<NavMenu>();
        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain(links, l => l!.StartsWith("/admin"));
        Assert.Empty(menu.FindAll("[data-testid=admin-menu]"));
        Assert.Contains("לוח מחוונים", menu.Markup);
        Assert.Contains("/timelines", links);
    }
}
