using Briefing.Analysis.Topics;

namespace Briefing.Analysis.Tests.Topics;

/// <summary>
/// The seed topics on the labelled dev corpus: every must-topic assigned, nothing outside must ∪ optional.
/// Precision/recall/F1 per language go to the test output.
/// </summary>
public class CorpusEvaluationTests(ITestOutputHelper output)
{
    private static readonly TopicClassifier Classifier = new(SeedTopics.Definitions);

    [Fact]
    public void Seed_topics_meet_the_labels_of_the_dev_corpus()
    {
        var articles = CorpusArticles.Load();
        Assert.Equal(30, articles.Count);
        var failures = new List<string>();
        var byLanguage = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        foreach (var article in articles)
        {
            var assigned = Classifier.Classify(article.Title, article.Body).Select(a => a.Slug).ToHashSet();
            var missing = article.Topics.Where(t => !assigned.Contains(t)).ToList();
            var forbidden = assigned.Where(t => !article.Topics.Contains(t) && !article.OptionalTopics.Contains(t)).ToList();
            var counts = byLanguage.GetValueOrDefault(article.Language);
            // Optional topics are neither rewarded nor punished.
            byLanguage[article.Language] = (counts.Tp + article.Topics.Count(assigned.Contains), counts.Fp + forbidden.Count, counts.Fn + missing.Count);
            output.WriteLine($"{article.File,-12} must [{string.Join(",", article.Topics)}] optional [{string.Join(",", article.OptionalTopics)}] → "
                + string.Join(", ", Classifier.Explain(article.Title, article.Body).Select(t => $"{t.Slug}={t.Score}{(t.Assigned ? "✓" : "")}")));
            if (missing.Count > 0 || forbidden.Count > 0)
            {
                failures.Add($"{article.File}: missing [{string.Join(",", missing)}], not allowed [{string.Join(",", forbidden)}]");
            }
        }
        foreach (var (language, (tp, fp, fn)) in byLanguage.OrderBy(p => p.Key))
        {
            var precision = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
            var recall = tp + fn == 0 ? 1 : tp / (double)(tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            output.WriteLine($"{language}: precision {precision:F3} recall {recall:F3} F1 {f1:F3} (tp {tp}, fp {fp}, fn {fn})");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
