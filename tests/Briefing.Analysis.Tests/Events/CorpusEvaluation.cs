using System.Globalization;
using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

/// <summary>Labelled events against extracted ones, matched one to one by type, date at the labelled precision and a shared actor.</summary>
internal sealed class CorpusEvaluation
{
    /// <summary>Publication date passed for articles that carry none (flagged as estimated, so it must not leak into dates).</summary>
    public static readonly DateOnly EstimatedPublication = new(2025, 11, 24);

    public sealed record Outcome(string File, string Language, bool TopicArticle, List<(LabelledEvent Label, ExtractedEvent? Match)> Labels,
        List<(ExtractedEvent Event, bool Matched)> Extracted);

    public List<Outcome> Outcomes { get; } = [];

    public static CorpusEvaluation Run(EventExtractor extractor)
    {
        var evaluation = new CorpusEvaluation();
        foreach (var article in CorpusLabels.Load())
        {
            var (title, body) = CorpusText.Read(article.File);
            var estimated = article.Published is null;
            var published = estimated ? EstimatedPublication : DateOnly.ParseExact(article.Published!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var result = extractor.Extract(title, body, article.Language, published, estimated);
            evaluation.Outcomes.Add(Match(article, result.Events));
        }
        return evaluation;
    }

    // A maximum one-to-one matching (augmenting paths), so the order of labels cannot cost a match.
    private static Outcome Match(LabelledArticle article, IReadOnlyList<ExtractedEvent> extracted)
    {
        var labels = article.Events;
        var owner = Enumerable.Repeat(-1, extracted.Count).ToArray();
        bool Augment(int label, bool[] seen)
        {
            for (var i = 0; i < extracted.Count; i++)
            {
                if (seen[i] || !Matches(labels[label], extracted[i]))
                    continue;
                seen[i] = true;
                if (owner[i] < 0 || Augment(owner[i], seen))
                {
                    owner[i] = label;
                    return true;
                }
            }
            return false;
        }
        for (var l = 0; l < labels.Length; l++)
            Augment(l, new bool[extracted.Count]);
        var result = labels.Select((label, l) =>
        {
            var index = Array.IndexOf(owner, l);
            return (label, index >= 0 ? extracted[index] : null);
        }).ToList();
        return new Outcome(article.File, article.Language, article.Topics.Length > 0, result!,
            extracted.Select((e, i) => (e, owner[i] >= 0)).ToList());
    }

    public static bool Matches(LabelledEvent label, ExtractedEvent e)
    {
        if (e.Type.ToName() != label.Type)
            return false;
        var precision = Enum.Parse<DatePrecision>(label.DatePrecision, ignoreCase: true);
        if (precision == DatePrecision.Unknown ? e.Date.Precision != DatePrecision.Unknown : e.Date.Coarsen(precision).Format() != label.Date)
            return false;
        var names = label.Actors.Concat(label.Orgs).ToHashSet(StringComparer.Ordinal);
        return names.Count == 0 || e.Actors.Any(a => names.Contains(a.NameEn));
    }

    /// <summary>Recall over labelled events; precision over events extracted from articles with a required topic.</summary>
    public (int Labelled, int Found, int Extracted, int Correct) Count(Func<string, string, bool> filter)
    {
        int labelled = 0, found = 0, extracted = 0, correct = 0;
        foreach (var o in Outcomes)
        {
            foreach (var (label, match) in o.Labels)
                if (filter(o.Language, label.Type))
                {
                    labelled++;
                    found += match is null ? 0 : 1;
                }
            if (!o.TopicArticle)
                continue;
            foreach (var (e, matched) in o.Extracted)
                if (filter(o.Language, e.Type.ToName()))
                {
                    extracted++;
                    correct += matched ? 1 : 0;
                }
        }
        return (labelled, found, extracted, correct);
    }
}
