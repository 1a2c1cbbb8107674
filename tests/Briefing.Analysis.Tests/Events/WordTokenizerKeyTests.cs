using System.Globalization;
using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

/// <summary>Word keys come from a bounded per-thread cache; past its bound (32K keys) it starts over and keys stay right.</summary>
public class WordTokenizerKeyTests
{
    [Fact]
    public void Keys_stay_right_across_cache_growth_and_reset()
    {
        // Run twice over more distinct words than the cache holds, so both growing and starting over are crossed.
        var words = Enumerable.Range(0, 40_000).Select(i => "Word" + i.ToString(CultureInfo.InvariantCulture) + (i % 2 == 0 ? "ים" : "")).ToArray();
        for (var pass = 0; pass < 2; pass++)
        {
            var tokens = WordTokenizer.Tokenize(string.Join(' ', words));
            Assert.Equal(words.Length, tokens.Count);
            for (var i = 0; i < words.Length; i++)
                Assert.Equal(words[i].ToLowerInvariant(), tokens[i].Key);
        }
    }

    [Fact]
    public void Repeated_words_share_one_key_string()
    {
        var tokens = WordTokenizer.Tokenize("The minister met the Minister; THE MINISTER left.");
        Assert.Same(tokens[1].Key, tokens[4].Key);
        Assert.Same(tokens[0].Key, tokens[5].Key);
        Assert.Equal("minister", tokens[6].Key);
    }
}
