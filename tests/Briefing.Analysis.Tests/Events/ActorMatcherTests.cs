using Briefing.Analysis.Actors;

namespace Briefing.Analysis.Tests.Events;

public class ActorMatcherTests
{
    private static readonly ActorMatcher Matcher = new(SeedActors.All);

    private static List<string> Keys(string text) => Matcher.FindActors(text).Select(m => m.Actor.Key).ToList();

    [Theory]
    [InlineData("חיכמת חגיייב הגיע", "hikmet-hajiyev")]
    [InlineData("חיקמט חאג'ייב הגיע", "hikmet-hajiyev")]
    [InlineData("חכמת חאג׳ייב הגיע", "hikmet-hajiyev")]
    [InlineData("ולרוביו נמסר", "marco-rubio")]
    [InlineData("לנתניהו נמסר", "benjamin-netanyahu")]
    [InlineData("רה\"מ נתניהו אמר", "benjamin-netanyahu")]
    [InlineData("הנשיא אלייב אמר", "ilham-aliyev")]
    [InlineData("אילהם עלייב אמר", "ilham-aliyev")]
    [InlineData("ואזרבייג'ן הודיעה", "azerbaijan")]
    [InlineData("מאזרבייג׳ן הגיעו", "azerbaijan")]
    [InlineData("לאיראן אין", "iran")]
    [InlineData("סבא\"א פרסמה", "iaea")]
    [InlineData("סבא״א פרסמה", "iaea")]
    [InlineData("הקונגרס אישר", "us-congress")]
    [InlineData("מרכז בגין-סאדאת פרסם", "besa-center")]
    [InlineData("The Islamic Republic said", "iran")]
    [InlineData("Tehran said", "iran")]
    [InlineData("Iranian officials said", "iran")]
    [InlineData("האזרים אמרו", "azerbaijan")]
    [InlineData("U.S. officials said", "united-states")]
    [InlineData("Israel's prime minister said", "benjamin-netanyahu")]
    [InlineData("Azerbaijan's parliament approved", "milli-majlis")]
    [InlineData("ממשל טראמפ בוחן", "united-states")]
    [InlineData("עוזר נשיא אזרבייג'ן הגיע", "azerbaijan")]
    public void Finds_actors_in_their_spelling_variants(string text, string key)
    {
        Assert.Contains(key, Keys(text));
    }

    [Theory]
    [InlineData("Let us meet", "united-states")]
    [InlineData("the congress of delegates", "us-congress")]
    [InlineData("Outgoing Israeli Prime Minister Yair Lapid", "benjamin-netanyahu")]
    [InlineData("יועץ נשיא אזרבייג'ן הגיע", "ilham-aliyev")]
    [InlineData("The Prime Minister's Office said", "benjamin-netanyahu")]
    public void Does_not_find_what_is_not_there(string text, string key)
    {
        Assert.DoesNotContain(key, Keys(text));
    }

    [Theory]
    [InlineData("הם נפגשו בבאקו", true)]
    [InlineData("They met in Baku", true)]
    [InlineData("They met at the White House", true)]
    [InlineData("Baku said", false)]
    [InlineData("שבאקו אמרה", false)]
    public void Locative_mentions_are_marked(string text, bool locative)
    {
        Assert.Equal(locative, Matcher.FindActors(text).Single().Locative);
    }

    [Fact]
    public void Offsets_point_at_the_name_in_the_original_text()
    {
        const string text = "ולרוביו נמסר כי ארה״ב";
        var mentions = Matcher.FindActors(text);
        Assert.Equal(["marco-rubio", "united-states"], mentions.Select(m => m.Actor.Key));
        Assert.Equal("ולרוביו", text[mentions[0].Start..mentions[0].End]);
        Assert.Equal("ארה״ב", text[mentions[1].Start..mentions[1].End]);
    }

    [Fact]
    public void Seed_gazetteer_keys_are_unique_and_canonical_names_present()
    {
        Assert.Equal(SeedActors.All.Count, SeedActors.All.Select(a => a.Key).Distinct().Count());
        foreach (var name in new[] { "Hikmet Hajiyev", "Benjamin Netanyahu", "Marco Rubio", "Ilham Aliyev", "David Friedman", "Atlantic Council", "BESA Center", "US Congress", "IAEA" })
            Assert.Contains(SeedActors.All, a => a.NameEn == name);
        Assert.All(SeedActors.All.Where(a => a.Kind == ActorKind.State), s => Assert.False(string.IsNullOrEmpty(s.Capital)));
    }
}
