using Briefing.Analysis.Events;

namespace Briefing.Analysis.Tests.Events;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("U.S. Secretary of State Marco Rubio met Netanyahu. He left on Monday.", 2)]
    [InlineData("The deal was signed on Nov. 24, 2025 in Baku. Officials welcomed it.", 2)]
    [InlineData("Shares rose 0.8 percent. Oil fell 1.5 percent.", 2)]
    [InlineData("נשיא ארה\"ב דונלד טראמפ אירח את אלייב. השניים חתמו על מזכר.", 2)]
    [InlineData("החוק נחקק ב-24.11.2025 בוושינגטון. הוא עדיין בתוקף!", 2)]
    [InlineData("Headline without a stop\nFirst sentence. Second sentence?", 3)]
    [InlineData("He said: \"We will act.\" Then he left.", 2)]
    public void Splits_on_sentence_ends_only(string text, int count)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(count, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length)));
    }

    [Fact]
    public void Lines_are_paragraphs()
    {
        var sentences = SentenceSplitter.Split("One. Two.\n\nThree.");
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }
}
