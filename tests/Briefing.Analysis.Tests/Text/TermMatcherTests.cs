using Briefing.Analysis.Text;

namespace Briefing.Analysis.Tests.Text;

public class TermMatcherTests
{
    private static IReadOnlyList<TermMatch<string>> Find(string term, string text) =>
        new TermMatcher<string>([new(term, term)]).Match(text);

    [Theory]
    // Hebrew prefix letters, alone and combined
    [InlineData("אזרבייג'ן", "ובאזרבייג'ן נחתמו", "אזרבייג'ן")]
    [InlineData("באקו", "אמרו שבאקו תצטרף", "באקו")]
    [InlineData("באקו", "הגיע לבאקו אתמול", "באקו")]
    [InlineData("איראן", "האיום מאיראן", "איראן")]
    [InlineData("איראן", "הסנקציות לאיראן", "איראן")]
    [InlineData("איראנים", "מהאיראנים", "איראנים")]
    [InlineData("איראנים", "וכשהאיראנים הגיעו", "איראנים")]
    [InlineData("וושינגטון", "בוושינגטון", "וושינגטון")]
    [InlineData("האזרית", "המשלחת האזרית", "האזרית")]
    [InlineData("אזרי", "היועץ האזרי", "אזרי")]
    // geresh and gershayim in every form
    [InlineData("אזרבייג'ן", "אזרבייג׳ן", "אזרבייג׳ן")]
    [InlineData("אזרבייג׳ן", "מאזרבייג'ן", "אזרבייג'ן")]
    [InlineData("אזרבייג'ן", "אזרבייג’ן", "אזרבייג’ן")]
    [InlineData("ארה\"ב", "ארה״ב", "ארה״ב")]
    [InlineData("ארה״ב", "לארה\"ב", "ארה\"ב")]
    [InlineData("ארה\"ב", "עם ארה“ב", "ארה“ב")]
    [InlineData("רה\"מ", "ורה״מ נתניהו", "רה״מ")]
    [InlineData("סבא\"א", "דוח סבא״א", "סבא״א")]
    // niqqud in the text or in the term
    [InlineData("איראן", "מֵאִירָאן", "אִירָאן")]
    [InlineData("שָׁלוֹם", "שלום", "שלום")]
    // phrases, including across line breaks and with prefixes on the first word
    [InlineData("הסכמי אברהם", "להצטרף\nלהסכמי\nאברהם", "הסכמי\nאברהם")]
    [InlineData("סעיף 907", "ביטול סעיף  907 לחוק", "סעיף  907")]
    [InlineData("Section 907", "waiver of section\r\n907 of the Act", "section\r\n907")]
    [InlineData("FREEDOM Support Act", "the Freedom Support Act of 1992", "Freedom Support Act")]
    [InlineData("Abraham Accords", "the Abraham-Accords expansion", "Abraham-Accords")]
    [InlineData("U.S.", "the U.S. envoy", "U.S")]
    // English: case, possessives, wildcards
    [InlineData("Iran", "IRAN said", "IRAN")]
    [InlineData("Iran", "Iran's nuclear program", "Iran")]
    [InlineData("Iran", "Iran’s nuclear program", "Iran")]
    [InlineData("Iran nuclear", "Iran's nuclear program", "Iran's nuclear")]
    [InlineData("Iranian*", "Iranians protested", "Iranians")]
    [InlineData("Iranian", "an Iranian drone", "Iranian")]
    [InlineData("Azerbaijani*", "Azerbaijani's", "Azerbaijani")]
    [InlineData("איראני*", "המשטר האיראני", "איראני")]
    [InlineData("איראני*", "מהאיראנים", "איראנים")]
    [InlineData("907", "section 907 waiver", "907")]
    [InlineData("907", "(907) waiver", "907")]
    [InlineData("9/11", "after 9/11, aid", "9/11")]
    [InlineData("ארה\"ב", "ארה''ב", "ארה''ב")]
    [InlineData("רה\"מ", "ורה''מ", "רה''מ")]
    public void Matches(string term, string text, string expectedOriginal)
    {
        var match = Assert.Single(Find(term, text));
        Assert.Equal(expectedOriginal, text.Substring(match.Start, match.Length));
        Assert.Equal(term, match.Term);
    }

    [Theory]
    [InlineData("איראן", "איראנית")]
    [InlineData("איראן", "פאיראן")]
    [InlineData("איראן", "לאיראני")]
    [InlineData("באקו", "סבאקו")]
    [InlineData("אזרי", "מאזרים")]
    [InlineData("ראן", "איראן")]
    [InlineData("איראן", "ב")]
    [InlineData("ארה\"ב", "ארהב")]
    [InlineData("Iran", "Iranian officials")]
    [InlineData("Iran", "Irani")]
    [InlineData("Iran", "Tehran")]
    [InlineData("Iranian", "Iranians")]
    [InlineData("907", "flight 19070")]
    [InlineData("907", "9070")]
    [InlineData("907", "907th")]
    [InlineData("907", "call 907-555-0142")]
    [InlineData("907", "in 1992-907")]
    [InlineData("Section 907", "section 9071")]
    [InlineData("Section 907", "section, 907 votes")]
    [InlineData("Abraham Accords", "Abraham. Accords")]
    [InlineData("הסכמי אברהם", "הסכמי לאברהם")]
    [InlineData("U.S.", "talk to us")]
    public void Does_not_match(string term, string text) => Assert.Empty(Find(term, text));

    [Fact]
    public void Finds_every_term_in_one_pass_with_payloads_and_word_indices()
    {
        var matcher = new TermMatcher<int>([
            new("Iran", 1), new("Tehran", 2), new("Section 907", 3), new("איראן", 4), new("Iran", 5),
        ]);
        const string text = "Tehran said Iran's plan\nand Section 907 and לאיראן";

        var matches = matcher.Match(text);

        Assert.Equal([2, 1, 5, 3, 4], matches.Select(m => m.Payload));
        Assert.Equal([0, 2, 2, 5, 8], matches.Select(m => m.TokenIndex));
        Assert.Equal(2, matches.Single(m => m.Payload == 3).TokenCount);
        Assert.All(matches, m => Assert.Equal(
            TextNormalizer.NormalizeToString(m.Term).Replace("'s", ""),
            TextNormalizer.NormalizeToString(text.Substring(m.Start, m.Length)).Replace("'s", "")));
    }

    [Fact]
    public void Reports_terms_without_words_as_ignored()
    {
        var matcher = new TermMatcher<int>([new("--", 1), new("Baku", 2)]);
        Assert.Equal(["--"], matcher.IgnoredTerms);
        Assert.Equal(1, matcher.PatternCount);
    }

    [Fact]
    public void Overlapping_terms_are_all_reported()
    {
        var matcher = new TermMatcher<string>([new("Section 907", "phrase"), new("907", "number"), new("section", "word")]);
        var payloads = matcher.Match("Section 907 of the act").Select(m => m.Payload).Order();
        Assert.Equal(["number", "phrase", "word"], payloads);
    }
}
