using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class EventExtractorConcurrencyTests
{
    [Fact]
    public void One_extractor_serves_many_threads_with_the_same_results()
    {
        var extractor = EventExtractor.CreateDefault();
        var articles = CorpusLabels.Load().Select(l => CorpusText.Read(l.File)).ToList();
        string Run((string Title, string Body) a) =>
            string.Join("\n", extractor.Extract(a.Title, a.Body, "en", new DateOnly(2025, 8, 9), false).Events
                .Select(e => $"{e.Type}|{e.Date}|{string.Join(",", e.Actors.Select(x => x.Key))}|{e.QuoteStart}"));

        var sequential = articles.Select(Run).ToList();
        var parallel = new string[articles.Count];
        Parallel.For(0, articles.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i % articles.Count] = Run(articles[i % articles.Count]));

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => s.Length > 0);
    }
}
