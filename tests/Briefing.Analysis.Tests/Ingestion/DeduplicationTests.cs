using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>Exact re-posts by fingerprint and canonical URL; same-story clustering across sources and languages.</summary>
public class DeduplicationTests
{
    [Fact]
    public void Fingerprint_ignores_niqqud_punctuation_case_spacing_and_apostrophe_forms()
    {
        var plain = "ארה\"ב ואזרבייג'ן חתמו על הסכם.\n\nThe Deal was SIGNED in Baku, officials said.";
        var variant = "  אֲרַה״ב   וְאזרבייג׳ן חתמו על הסכם!\n\n\nthe deal was signed in baku officials said";
        Assert.Equal(ContentFingerprint.Compute(plain), ContentFingerprint.Compute(variant));
        Assert.Matches("^[0-9a-f]{64}$", ContentFingerprint.Compute(plain));
        Assert.NotEqual(ContentFingerprint.Compute(plain), ContentFingerprint.Compute(plain.Replace("Baku", "Tbilisi")));
    }

    [Fact]
    public void Fingerprint_ignores_short_chrome_lines_inside_the_body()
    {
        var body = "The council approved the harbour plan on Monday after a long debate.\n\nSupporters said the plan would bring jobs to the waterfront.";
        var withAd = "The council approved the harbour plan on Monday after a long debate.\n\nAdvertisement\n\nSupporters said the plan would bring jobs to the waterfront.";
        Assert.Equal(ContentFingerprint.Compute(body), ContentFingerprint.Compute(withAd));
    }

    [Theory]
    [InlineData("HTTPS://WWW.Example.COM/News/Item/?utm_source=x&utm_medium=y&id=5#comments", "https://www.example.com/News/Item?id=5")]
    [InlineData("https://example.com/a/b/", "https://example.com/a/b")]
    [InlineData("https://example.com/", "https://example.com/")]
    [InlineData("http://example.com:80/x?fbclid=abc", "http://example.com/x")]
    [InlineData("https://example.com:8443/x", "https://example.com:8443/x")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/relative/path", null)]
    [InlineData("", null)]
    public void Urls_are_canonicalised(string input, string? expected) => Assert.Equal(expected, UrlCanonicalizer.TryCanonicalize(input));

    [Fact]
    public void The_same_story_from_three_sources_in_two_languages_clusters()
    {
        string[] story = ["en02.html", "en03.txt", "he05.txt"];
        var signatures = story.ToDictionary(f => f, f => StorySignature.Compute(Fixtures.CorpusArticle(f)));
        foreach (var a in story)
        {
            foreach (var b in story.Where(b => b != a))
            {
                var similarity = StorySignature.Similarity(signatures[a], signatures[b]);
                Assert.True(similarity >= StorySignature.SameStoryThreshold, $"{a} ~ {b}: {similarity:F3}");
            }
        }
    }

    [Fact]
    public void Unrelated_corpus_articles_stay_apart()
    {
        string[][] sameStory = [["en02.html", "en03.txt", "he05.txt"], ["he02.html", "he08.html"]];
        var labels = Fixtures.Labels.Select(l => l.File).ToList();
        var signatures = labels.ToDictionary(f => f, f => StorySignature.Compute(Fixtures.CorpusArticle(f)));
        var highestUnrelated = 0.0;
        foreach (var a in labels)
        {
            foreach (var b in labels.Where(b => string.CompareOrdinal(a, b) < 0))
            {
                if (sameStory.Any(group => group.Contains(a) && group.Contains(b))) continue;
                var similarity = StorySignature.Similarity(signatures[a], signatures[b]);
                Assert.True(similarity < StorySignature.SameStoryThreshold, $"{a} ~ {b}: {similarity:F3}");
                highestUnrelated = Math.Max(highestUnrelated, similarity);
            }
        }
        Assert.True(highestUnrelated > 0.2, "the negatives should not be trivially zero (a broken signature would pass)");
    }

    [Fact]
    public void Exact_repost_is_maximally_similar_and_similarity_is_symmetric()
    {
        var original = StorySignature.Compute(Fixtures.CorpusArticle("he02.html"));
        var repost = StorySignature.Compute(Fixtures.CorpusArticle("he08.html"));
        var other = StorySignature.Compute(Fixtures.CorpusArticle("en06.txt"));
        Assert.True(StorySignature.Similarity(original, repost) > 0.95);
        Assert.Equal(StorySignature.Similarity(original, other), StorySignature.Similarity(other, original), 6);
    }

    [Fact]
    public void Signatures_survive_storage()
    {
        var signature = StorySignature.Compute(Fixtures.CorpusArticle("he05.txt"));
        var restored = StorySignature.Parse(signature.Serialize());
        Assert.NotNull(restored);
        Assert.Equal(signature.Serialize(), restored.Serialize());
        var other = StorySignature.Compute(Fixtures.CorpusArticle("en02.html"));
        Assert.Equal(StorySignature.Similarity(signature, other), StorySignature.Similarity(restored, other), 9);
        Assert.Null(StorySignature.Parse("s1|he|garbage"));
        Assert.Null(StorySignature.Parse(null));
    }

    [Fact]
    public void Second_source_rewrite_of_the_undated_seed_story_clusters_with_it()
    {
        var seed = Assert.Single(Fixtures.Parse(File.ReadAllBytes(Fixtures.Seed()), "seed.txt").Articles);
        var similarity = StorySignature.Similarity(StorySignature.Compute(seed), StorySignature.Compute(Fixtures.CorpusArticle("he01.txt")));
        Assert.True(similarity >= StorySignature.SameStoryThreshold, $"{similarity:F3}");
    }

    [Theory]
    [InlineData("Trump", "טראמפ")]
    [InlineData("Pezeshkian", "פזשכיאן")]
    [InlineData("Azerbaijan", "אזרבייג'ן")]
    [InlineData("Pashinyan", "פשיניאן")]
    [InlineData("Netanyahu", "לנתניהו")]
    [InlineData("Witkoff", "ויטקוף")]
    public void Names_match_across_scripts_phonetically(string latin, string hebrew) =>
        Assert.Contains(PhoneticKey.Latin(latin), PhoneticKey.Hebrew(hebrew));
}
