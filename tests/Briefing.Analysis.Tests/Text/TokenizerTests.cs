using Briefing.Analysis.Text;

namespace Briefing.Analysis.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("ובאזרבייג'ן נפגשו", "ובאזרבייג'ן|נפגשו")]
    [InlineData("ארה\"ב ורה\"מ", "ארה\"ב|ורה\"מ")]
    [InlineData("\"ישראל\" אמר", "ישראל|אמר")]
    [InlineData("'ישראל'", "ישראל")]
    [InlineData("iran's nuclear program", "iran|nuclear|program")]
    [InlineData("gideon sa'ar said", "gideon|sa'ar|said")]
    [InlineData("the states' rights", "the|states|rights")]
    [InlineData("section 907(a) of 19070", "section|907|a|of|19070")]
    [InlineData("u.s.-brokered", "u|s|brokered")]
    [InlineData("ב-2025 ה-iaea", "ב|2025|ה|iaea")]
    [InlineData("call 907-555-0142 on 9/11 at 3.5% of 1,000", "call|907-555-0142|on|9/11|at|3.5|of|1,000")]
    [InlineData("israel-azerbaijan 2019-2020 907.", "israel|azerbaijan|2019-2020|907")]
    public void Splits_words(string normalized, string expected)
    {
        var words = Tokenizer.Tokenize(normalized).Select(t => normalized.Substring(t.Start, t.Length));
        Assert.Equal(expected, string.Join('|', words));
    }

    [Fact]
    public void Marks_words_that_start_with_a_hebrew_letter()
    {
        var tokens = Tokenizer.Tokenize("לאיראן iran 907");
        Assert.Equal([true, false, false], tokens.Select(t => t.StartsHebrew));
    }
}
