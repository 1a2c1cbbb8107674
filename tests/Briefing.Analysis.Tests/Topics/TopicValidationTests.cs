using Briefing.Analysis.Topics;

namespace Briefing.Analysis.Tests.Topics;

public class TopicValidationTests
{
    private static TopicRule Rule(string id = "r", string[]? anyOf = null, string[]? allOf = null, int? within = null, double weight = 1) =>
        new(id, id, anyOf ?? ["Baku"], allOf ?? [], [], within, RuleScope.TitleAndBody, weight);

    [Fact]
    public void Seed_topics_are_valid() =>
        Assert.All(SeedTopics.Definitions, d => Assert.Empty(TopicValidation.Validate(d)));

    [Theory]
    [InlineData("threshold")]
    [InlineData("duplicate id")]
    [InlineData("weight")]
    [InlineData("within")]
    [InlineData("no terms")]
    [InlineData("punctuation term")]
    [InlineData("unknown actor")]
    public void Reports_problem(string problem)
    {
        var topic = problem switch
        {
            "threshold" => new TopicDefinition("t", 0, [Rule()]),
            "duplicate id" => new TopicDefinition("t", 1, [Rule("a"), Rule("a")]),
            "weight" => new TopicDefinition("t", 1, [Rule(weight: 0)]),
            "within" => new TopicDefinition("t", 1, [Rule(within: 0)]),
            "no terms" => new TopicDefinition("t", 1, [Rule(anyOf: [])]),
            "punctuation term" => new TopicDefinition("t", 1, [Rule(anyOf: ["Baku|--"])]),
            _ => new TopicDefinition("t", 1, [Rule(anyOf: ["@actor:nobody"])]),
        };
        Assert.Single(TopicValidation.Validate(topic));
    }
}
