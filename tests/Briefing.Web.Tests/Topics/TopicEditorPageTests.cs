// Service calls here are short; passing the test token to each one would only add noise.
#pragma warning disable xUnit1051

using Briefing.Web.Features.Topics;
using Briefing.Web.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Topics;

public sealed class TopicEditorPageTests : BriefingComponentTest
{
    private TopicServices topics = default!;

    protected override void RegisterServices(IServiceCollection services)
    {
        topics = new TopicServices(Database, Clock);
        services.AddSingleton(topics.Assignments);
        services.AddSingleton(topics.Job);
        services.AddSingleton(topics.Admin_);
    }

    private async Task<IRenderedComponent<TopicEditorPage>> RenderEditorAsync(string slug)
    {
        await topics.CreateTopicAsync(slug, "falafel", "חומוס");
        UseCulture("en-US");
        AddAuthorization().SetAuthorized("admin@briefing.test").SetRoles("Admin");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = Render<TopicEditorPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement("[data-testid=test-box]");
        return page;
    }

    [Fact]
    public async Task The_test_box_highlights_matches_and_scores_the_unsaved_rules_as_you_type()
    {
        var page = await RenderEditorAsync("food");
        page.Find("[data-testid=test-title]").Input("Falafel prices rise");
        page.Find("[data-testid=test-body]").Input("ובחומוס של אבו חסן: falafel again.");
        // MudBlazor debounces with the registered TimeProvider, here a fake clock.
        Clock.Advance(TimeSpan.FromMilliseconds(400));

        // Title 2 + body 2 anchors, capped at TopicClassifier.RuleHitCap.
        page.WaitForAssertion(() => Assert.Equal("3", page.Find("[data-testid=test-score-value]").TextContent), TimeSpan.FromSeconds(5));
        var marks = page.FindAll("[data-testid=test-highlight] mark.hit").Select(m => m.TextContent).ToList();
        Assert.Contains("Falafel", marks);
        Assert.Contains("חומוס", marks); // the prefix letters ו and ב stay outside the mark
        Assert.Contains("ובחומוס", page.Find("[data-testid=test-highlight]").TextContent);
        Assert.Contains("falafel", marks);
        Assert.NotEmpty(page.FindAll("[data-testid=test-assigned]"));

        // An unsaved edit to the rule changes the score at once: a negative weight counts against the topic.
        page.Find("[data-testid=rule-0] [data-testid=rule-weight]").Change("-1");
        page.WaitForAssertion(() => Assert.Equal("-3", page.Find("[data-testid=test-score-value]").TextContent), TimeSpan.FromSeconds(5));
        Assert.NotEmpty(page.FindAll("[data-testid=test-not-assigned]"));
        Assert.Equal(1.0, (await topics.Admin_.LoadDraftAsync("food"))!.Rules[0].Weight);
    }

    [Fact]
    public async Task A_rule_without_terms_shows_the_validation_message_and_is_not_saved()
    {
        var page = await RenderEditorAsync("food");
        page.Find("[data-testid=rule-0] [data-testid=rule-any]").Change("");
        page.Find("[data-testid=preview]").Click();

        page.WaitForAssertion(() => Assert.Contains("needs at least one 'any of' or 'all of' term", page.Find("[data-testid=validation]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=impact]"));
        Assert.Equal(["falafel", "חומוס"], (await topics.Admin_.LoadDraftAsync("food"))!.Rules[0].AnyOf);
    }

    [Fact]
    public async Task Saving_over_another_admins_change_shows_the_conflict_and_keeps_the_edits()
    {
        var page = await RenderEditorAsync("food");
        var other = (await topics.Admin_.LoadDraftAsync("food"))!;
        other.NameEn = "Food by the other admin";
        Assert.True((await topics.Admin_.SaveAsync(other, TopicServices.Admin)).Succeeded);
        await topics.Job.Completion;

        page.Find("[data-testid=name-en]").Change("My food");
        page.Find("[data-testid=rule-0] [data-testid=rule-any]").Change("falafel\nshawarma");
        page.Find("[data-testid=preview]").Click();
        page.WaitForElement("[data-testid=impact]");
        page.Find("[data-testid=save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Someone else saved this topic", page.Find("[data-testid=conflict]").TextContent));
        Assert.Equal("My food", page.Find("[data-testid=name-en]").GetAttribute("value"));
        Assert.Contains("shawarma", page.Find("[data-testid=rule-0] [data-testid=rule-any]").GetAttribute("value") ?? page.Find("[data-testid=rule-0] [data-testid=rule-any]").TextContent);
        Assert.Equal("Food by the other admin", (await topics.Admin_.LoadDraftAsync("food"))!.NameEn);

        page.Find("[data-testid=conflict-reload]").Click();
        page.WaitForAssertion(() => Assert.Equal("Food by the other admin", page.Find("[data-testid=name-en]").GetAttribute("value")));
        Assert.Empty(page.FindAll("[data-testid=conflict]"));
    }

    [Fact]
    public async Task Preview_then_save_stores_the_rules_and_starts_reclassification()
    {
        var page = await RenderEditorAsync("food");
        var article = await topics.AddArticleAsync("Shawarma guide", "Where to eat shawarma in Tel Aviv.");
        page.Find("[data-testid=rule-0] [data-testid=rule-any]").Change("falafel\nshawarma");
        page.Find("[data-testid=preview]").Click();
        page.WaitForAssertion(() => Assert.Equal("+1", page.Find("[data-testid=impact-added]").TextContent));
        Assert.Contains("Shawarma guide", page.Find("[data-testid=impact-added-examples]").TextContent);
        page.Find("[data-testid=save]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=impact]")));
        await topics.Job.Completion;
        Assert.NotNull(await topics.RowAsync(article, "food"));
        Assert.Contains("shawarma", (await topics.Admin_.LoadDraftAsync("food"))!.Rules[0].AnyOf);
    }
}
