using System.Globalization;
using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class CorpusEventTests(ITestOutputHelper testOutput)
{
    private readonly Reporter output = new(testOutput);

    private sealed class Reporter(ITestOutputHelper inner)
    {
        public void WriteLine(string line)
        {
            inner.WriteLine(line);
            if (Environment.GetEnvironmentVariable("EVENTS_REPORT") is { } path)
                File.AppendAllText(path, line + "\n");
        }
    }

    private static readonly string[] Types = ["meeting", "visit", "statement", "recommendation", "legislation", "agreement"];

    [Fact]
    public void Dev_corpus_events_are_found_with_recall_and_precision_of_at_least_0_9()
    {
        var evaluation = CorpusEvaluation.Run(EventExtractor.CreateDefault());

        Report(evaluation);
        var (labelled, found, extracted, correct) = evaluation.Count((_, _) => true);
        Assert.True(found >= 0.9 * labelled, $"recall {found}/{labelled}");
        Assert.True(correct >= 0.9 * extracted, $"precision {correct}/{extracted}");
    }

    private void Report(CorpusEvaluation evaluation)
    {
        string Ratio(int a, int b) => b == 0 ? "  -  " : (a / (double)b).ToString("0.00", CultureInfo.InvariantCulture) + $" ({a}/{b})";
        void Line(string name, Func<string, string, bool> filter)
        {
            var (labelled, found, extracted, correct) = evaluation.Count(filter);
            output.WriteLine($"{name,-16} recall {Ratio(found, labelled),-14} precision {Ratio(correct, extracted)}");
        }
        Line("all", (_, _) => true);
        foreach (var language in new[] { "he", "en" })
            Line(language, (l, _) => l == language);
        foreach (var type in Types)
            Line(type, (_, t) => t == type);
        foreach (var language in new[] { "he", "en" })
            foreach (var type in Types)
                Line($"{language} {type}", (l, t) => l == language && t == type);

        var distractorEvents = evaluation.Outcomes.Where(o => !o.TopicArticle).Sum(o => o.Extracted.Count);
        output.WriteLine($"events extracted from articles without a required topic (not counted): {distractorEvents}");
        foreach (var o in evaluation.Outcomes)
        {
            foreach (var (label, match) in o.Labels.Where(l => l.Match is null))
                output.WriteLine($"MISS {o.File}: {label.Type} {label.Date} [{string.Join(", ", label.Actors.Concat(label.Orgs))}] {label.Summary}");
            if (o.TopicArticle)
                foreach (var (e, _) in o.Extracted.Where(x => !x.Matched))
                    output.WriteLine($"EXTRA {o.File}: {e.Type.ToName()} {e.Date} [{string.Join(", ", e.Actors.Select(a => a.NameEn))}] «{e.Trigger}» {e.Quote}");
        }
    }
}
