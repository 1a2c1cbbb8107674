using System.Text;
using Briefing.Analysis.Topics;

namespace Briefing.Bench.Classification;

public sealed record GeneratedArticle(string Title, string Body, bool Hebrew);

/// <summary>
/// Deterministic synthetic topics and articles: invented Hebrew and English words (Hebrew words often start with
/// prefix letters, as real text does), topic terms planted into some articles with Hebrew prefixes and possessives.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    private const string HebrewLetters = "אבגדהוזחטיכלמנסעפצקרשת";
    private const string HebrewPrefixes = "והבכלמש";
    private const string LatinLetters = "abcdefghiklmnoprstuvwyz";
    private static readonly string[] EnglishFunctionWords =
        ["the", "of", "and", "to", "in", "a", "that", "is", "for", "on", "with", "as", "was", "by", "said", "it", "at", "from", "his", "an"];
    private static readonly string[] HebrewFunctionWords =
        ["של", "את", "על", "עם", "כי", "הוא", "היא", "לא", "גם", "אבל", "זה", "אשר", "כל", "בין", "אמר", "אל", "עוד", "רק", "יותר", "כך"];

    private readonly Random _random = new(seed);
    private string[]? _englishWords;
    private string[]? _hebrewWords;
    private readonly List<(string Term, bool Hebrew)> _plantable = [];

    private string[] EnglishWords => _englishWords ??= [.. Enumerable.Range(0, 3000).Select(_ => Word(false))];
    private string[] HebrewWords => _hebrewWords ??= [.. Enumerable.Range(0, 3000).Select(_ => Word(true))];

    private string Word(bool hebrew)
    {
        var length = _random.Next(2, 9);
        var builder = new StringBuilder(length + 1);
        if (hebrew && _random.NextDouble() < 0.4)
        {
            builder.Append(HebrewPrefixes[_random.Next(HebrewPrefixes.Length)]);
        }
        var letters = hebrew ? HebrewLetters : LatinLetters;
        for (var i = 0; i < length; i++)
        {
            builder.Append(letters[_random.Next(letters.Length)]);
        }
        return builder.ToString();
    }

    /// <summary>Topics with about 20 terms each over three rules: anchors, required context, and a counter-rule.</summary>
    public IEnumerable<TopicDefinition> Topics(int count)
    {
        for (var t = 0; t < count; t++)
        {
            var hebrew = t % 2 == 0;
            var anchors = Enumerable.Range(0, 10).Select(i => Term(hebrew, i)).ToList();
            var context = Enumerable.Range(0, 6).Select(i => Term(!hebrew, i + 3)).ToList();
            var against = Enumerable.Range(0, 4).Select(_ => Word(hebrew)).ToList();
            _plantable.AddRange(anchors.Concat(context).Select(term => (term.TrimEnd('*'), hebrew)));
            yield return new TopicDefinition($"generated-{t:D2}", 3,
            [
                new($"g{t}-anchor", "anchor", [string.Join('|', anchors)], [], [], null, RuleScope.TitleAndBody, 1),
                new($"g{t}-context", "anchor with context", [string.Join('|', anchors.Take(5))], [string.Join('|', context)], [], 20,
                    RuleScope.TitleAndBody, 1.5),
                new($"g{t}-against", "counter", [string.Join('|', against)], [], [], null, RuleScope.TitleAndBody, -1),
            ]);
        }
    }

    private string Term(bool hebrew, int variant) => (variant % 5) switch
    {
        0 => Word(hebrew) + " " + Word(hebrew),
        1 => hebrew ? Word(true) + "\"" + HebrewLetters[_random.Next(HebrewLetters.Length)] : Word(false) + "*",
        2 => Word(hebrew) + " " + _random.Next(100, 999),
        _ => Word(hebrew),
    };

    /// <summary>Articles of 3,000–5,000 characters, half Hebrew, most carrying terms of one to three topics.</summary>
    public IEnumerable<GeneratedArticle> Articles(int count, IReadOnlyList<TopicDefinition> topics)
    {
        var seedTerms = SeedVocabulary.Azerbaijan.Concat(SeedVocabulary.Iran).Concat(SeedVocabulary.Israel)
            .Concat(SeedVocabulary.IranSecurityContext).Concat(SeedVocabulary.Section907).Select(term => term.TrimStart('=').TrimEnd('*')).ToArray();
        for (var a = 0; a < count; a++)
        {
            var hebrew = a % 2 == 0;
            var planted = _plantable.Where(p => p.Hebrew == hebrew).Select(p => p.Term)
                .Concat(seedTerms.Where(s => IsHebrew(s) == hebrew)).ToArray();
            var length = _random.Next(3000, 5001);
            var body = new StringBuilder(length + 64);
            var sentenceWords = 0;
            while (body.Length < length)
            {
                string word;
                var roll = _random.NextDouble();
                if (roll < 0.02 && planted.Length > 0)
                {
                    word = planted[_random.Next(planted.Length)];
                    if (hebrew && _random.NextDouble() < 0.5)
                    {
                        word = HebrewPrefixes[_random.Next(HebrewPrefixes.Length)] + word;
                    }
                    else if (!hebrew && _random.NextDouble() < 0.2)
                    {
                        word += "'s";
                    }
                }
                else if (roll < 0.45)
                {
                    word = hebrew ? HebrewFunctionWords[_random.Next(HebrewFunctionWords.Length)] : EnglishFunctionWords[_random.Next(EnglishFunctionWords.Length)];
                }
                else
                {
                    var pool = hebrew ? HebrewWords : EnglishWords;
                    word = pool[(int)(Math.Pow(_random.NextDouble(), 2) * pool.Length)];
                }
                body.Append(word);
                sentenceWords++;
                if (sentenceWords > 8 && _random.NextDouble() < 0.12)
                {
                    body.Append(_random.NextDouble() < 0.3 ? ".\n\n" : ". ");
                    sentenceWords = 0;
                }
                else
                {
                    body.Append(_random.NextDouble() < 0.08 ? ", " : " ");
                }
            }
            var text = body.ToString();
            var titleEnd = text.IndexOf('.', 40);
            yield return new GeneratedArticle(text[..Math.Clamp(titleEnd, 40, 90)], text, hebrew);
        }
    }

    private static bool IsHebrew(string term) => term.Any(c => c is >= '\u05D0' and <= '\u05EA');
}
