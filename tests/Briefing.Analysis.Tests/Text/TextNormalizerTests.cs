using Briefing.Analysis.Text;

namespace Briefing.Analysis.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ארה״ב", "ארה\"ב")]
    [InlineData("ארה\"ב", "ארה\"ב")]
    [InlineData("רה“מ", "רה\"מ")]
    [InlineData("סבא”א", "סבא\"א")]
    [InlineData("ארה″ב", "ארה\"ב")]
    [InlineData("אזרבייג׳ן", "אזרבייג'ן")]
    [InlineData("אזרבייג’ן", "אזרבייג'ן")]
    [InlineData("אזרבייג`ן", "אזרבייג'ן")]
    [InlineData("אזרבייג´ן", "אזרבייג'ן")]
    [InlineData("ישראל־אזרבייג'ן", "ישראל-אזרבייג'ן")]
    [InlineData("Israel–Azerbaijan—US", "israel-azerbaijan-us")]
    [InlineData("שָׁלוֹם", "שלום")]
    [InlineData("בְּרֵאשִׁ֖ית", "בראשית")]
    [InlineData("Tehran  and\r\n\tBaku", "tehran and baku")]
    [InlineData("  Iran\u00A0nuclear  ", "iran nuclear")]
    [InlineData("Café", "cafe")]
    [InlineData("Cafe\u0301", "cafe")]
    [InlineData("ישראל\u200Fוארה\"ב", "ישראלוארה\"ב")]
    [InlineData("IAEA", "iaea")]
    public void Produces_matching_form(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Fact]
    public void Maps_normalized_spans_back_to_original_offsets()
    {
        const string original = "Le  Café\n\nבְּבָאקוּ ארה״ב";
        var normalized = TextNormalizer.Normalize(original);
        Assert.Equal("le cafe בבאקו ארה\"ב", normalized.Text);

        var cafe = normalized.ToOriginal(normalized.Text.IndexOf("cafe", StringComparison.Ordinal), 4);
        Assert.Equal("Café", original.Substring(cafe.Start, cafe.Length));

        // Niqqud after the last letter stays with it, so a highlight covers the whole pointed word.
        var baku = normalized.ToOriginal(normalized.Text.IndexOf("באקו", StringComparison.Ordinal), 4);
        Assert.Equal("בָאקוּ", original.Substring(baku.Start, baku.Length));

        var usa = normalized.ToOriginal(normalized.Text.IndexOf("ארה", StringComparison.Ordinal), 5);
        Assert.Equal("ארה״ב", original.Substring(usa.Start, usa.Length));
    }

    [Fact]
    public void Empty_and_whitespace_only_text_normalize_to_empty()
    {
        Assert.Equal("", TextNormalizer.Normalize("").Text);
        Assert.Equal("", TextNormalizer.Normalize(" \n\t ").Text);
    }

    [Fact]
    public void A_long_text_is_folded_in_full_without_the_thread_keeping_a_buffer_its_size()
    {
        var text = string.Concat(Enumerable.Repeat("ישראל ואזרבייג׳ן חתמו על הסכם. The Atlantic Council urged WASHINGTON. ", 4000));
        var (folded, kept) = (default(string), 0);
        // A fresh thread: its buffer is whatever this call leaves behind.
        var thread = new Thread(() =>
        {
            TextNormalizer.NormalizeToString("warm up with a short text");
            folded = TextNormalizer.NormalizeToString(text.AsSpan());
            kept = TextNormalizer.KeptBufferCapacity;
        });
        thread.Start();
        thread.Join();

        Assert.True(text.Length > 4 * TextNormalizer.KeepBufferUpToChars);
        Assert.Equal(TextNormalizer.Normalize(text).Text, folded);
        Assert.InRange(kept, 1, 2 * TextNormalizer.KeepBufferUpToChars);
    }
}
