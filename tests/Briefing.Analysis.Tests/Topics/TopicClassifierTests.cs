using Briefing.Analysis.Topics;

namespace Briefing.Analysis.Tests.Topics;

/// <summary>How rules combine: anchors, required context, exclusions, windows, scope, weights, actors, evidence.</summary>
public class TopicClassifierTests
{
    private static TopicRule Rule(string id, string[] anyOf, string[]? allOf = null, string[]? noneOf = null,
        int? within = null, RuleScope scope = RuleScope.TitleAndBody, double weight = 1) =>
        new(id, id, anyOf, allOf ?? [], noneOf ?? [], within, scope, weight);

    private static TopicClassifier One(double threshold, params TopicRule[] rules) => new([new TopicDefinition("t", threshold, rules)]);

    private static double Score(TopicClassifier classifier, string title, string body) =>
        classifier.Explain(title, body).Single().Score;

    [Fact]
    public void Counts_each_anchor_and_caps_a_rule()
    {
        var classifier = One(1, Rule("r", ["Baku"], weight: 0.5));
        Assert.Equal(0.5, Score(classifier, "", "Baku said"));
        Assert.Equal(1.0, Score(classifier, "", "Baku and Baku"));
        Assert.Equal(TopicClassifier.RuleHitCap * 0.5, Score(classifier, "", "Baku Baku Baku Baku Baku Baku"));
    }

    [Fact]
    public void Title_anchor_counts_double_and_scope_limits_fields()
    {
        Assert.Equal(2, Score(One(1, Rule("r", ["Baku"])), "Baku", ""));
        Assert.Equal(0, Score(One(1, Rule("r", ["Baku"], scope: RuleScope.Body)), "Baku", ""));
        Assert.Equal(0, Score(One(1, Rule("r", ["Baku"], scope: RuleScope.Title)), "", "Baku"));
    }

    [Fact]
    public void Overlapping_anchors_count_once()
    {
        var classifier = One(1, Rule("r", ["Section 907", "907"]));
        Assert.Equal(1, Score(classifier, "", "Section 907 applies"));
    }

    [Theory]
    [InlineData("Iran enrichment rose", 1)]
    [InlineData("Iran said one two three four five six enrichment", 0)]
    [InlineData("enrichment. Iran", 1)]
    public void All_of_must_be_within_the_window(string body, double expected) =>
        Assert.Equal(expected, Score(One(1, Rule("r", ["Iran"], ["enrichment"], within: 3)), "", body));

    [Fact]
    public void All_of_without_window_may_be_anywhere_in_title_or_body()
    {
        var classifier = One(1, Rule("r", ["IAEA"], ["Iran"]));
        Assert.Equal(1, Score(classifier, "Iran", "a long text about the IAEA"));
        Assert.Equal(0, Score(classifier, "", "a long text about the IAEA"));
    }

    [Fact]
    public void Every_all_of_item_is_required_and_alternatives_split_on_bar()
    {
        var classifier = One(1, Rule("r", ["Baku"], ["Israel|Jerusalem", "Washington"], within: 10));
        Assert.Equal(1, Score(classifier, "", "Baku, Jerusalem and Washington"));
        Assert.Equal(0, Score(classifier, "", "Baku and Jerusalem"));
    }

    [Fact]
    public void None_of_near_an_anchor_rejects_that_anchor_only()
    {
        var classifier = One(1, Rule("r", ["907"], noneOf: ["flight"], within: 3));
        var trace = classifier.Explain("", "flight 907 landed. Much later the 907 waiver").Single().Rules.Single();
        Assert.Equal(1, trace.CountedHits);
        var rejected = Assert.Single(trace.Rejected);
        Assert.Contains("flight", rejected.Reason);
        Assert.Equal(7, rejected.Anchor.Start);
    }

    [Fact]
    public void None_of_without_window_vetoes_the_rule()
    {
        var classifier = One(1, Rule("r", ["Baku"], noneOf: ["football"]));
        Assert.Equal(0, Score(classifier, "Baku", "Baku. A football story"));
    }

    [Fact]
    public void Negative_rules_count_against_the_topic()
    {
        var classifier = One(2.5, Rule("pos", ["Baku"], weight: 1), Rule("neg", ["football"], weight: -1));
        Assert.Single(classifier.Classify("", "Baku Baku Baku"));
        Assert.Empty(classifier.Classify("", "Baku Baku Baku football"));
    }

    [Fact]
    public void Empty_any_of_takes_anchors_from_the_first_all_of_item()
    {
        var classifier = One(1, Rule("r", [], ["Baku", "Israel"], within: 5));
        Assert.Equal(1, Score(classifier, "", "Baku and Israel"));
        Assert.Equal(0, Score(classifier, "", "Baku only"));
    }

    [Fact]
    public void Actor_references_expand_to_the_callers_aliases()
    {
        var actors = new Dictionary<string, IReadOnlyList<string>> { ["aliyev"] = ["Ilham Aliyev", "אילהאם אלייב", "עלייב"] };
        var classifier = new TopicClassifier([new TopicDefinition("t", 1, [Rule("r", ["@actor:aliyev"])])], actors);
        Assert.Empty(classifier.Warnings);
        Assert.Equal(["עלייב"], classifier.Classify("", "נפגש עם הנשיא עלייב").Single().Evidence.Select(e => e.Term));
        Assert.Single(classifier.Classify("", "President Ilham Aliyev's visit"));

        var unknown = new TopicClassifier([new TopicDefinition("t", 1, [Rule("r", ["@actor:nobody"])])], actors);
        Assert.Contains(unknown.Warnings, w => w.Contains("nobody"));
    }

    [Fact]
    public void Assignment_carries_evidence_in_original_offsets_with_snippet()
    {
        var classifier = One(1, Rule("r1", ["אזרבייג'ן"]));
        const string body = "שורה ראשונה.\nהשר נחת ובאזרבייג׳ן קיבלו אותו בחום רב מאוד";

        var assignment = Assert.Single(classifier.Classify("", body));

        var evidence = Assert.Single(assignment.Evidence);
        Assert.Equal(("אזרבייג'ן", "body", "r1"), (evidence.Term, evidence.Field, evidence.RuleId));
        Assert.Equal("אזרבייג׳ן", body.Substring(evidence.Start, evidence.Length));
        Assert.Contains("ובאזרבייג׳ן קיבלו", evidence.Snippet);
        Assert.DoesNotContain("\n", evidence.Snippet);
    }

    [Fact]
    public void Explain_lists_every_topic_and_rule_even_without_hits()
    {
        var classifier = new TopicClassifier(SeedTopics.Definitions);
        var traces = classifier.Explain("", "nothing relevant here");
        Assert.Equal(SeedTopics.All.Select(s => s.Slug), traces.Select(t => t.Slug));
        Assert.All(traces, t => Assert.False(t.Assigned));
        Assert.Equal(SeedTopics.Definitions.Sum(d => d.Rules.Count), traces.Sum(t => t.Rules.Count));
    }

    [Fact]
    public void Classifier_can_be_shared_between_threads()
    {
        var classifier = new TopicClassifier(SeedTopics.Definitions);
        const string body = "Israel and Azerbaijan signed a defence deal in Baku; Netanyahu thanked Aliyev in Jerusalem.";
        var expected = classifier.Classify("", body).Select(a => a.Slug).ToList();
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => classifier.Classify("", body).Select(a => a.Slug).ToList()).ToList();
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
