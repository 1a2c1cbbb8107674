using Briefing.Analysis.Events;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Actors;

/// <summary>
/// Finds gazetteer actors and places in text in one pass, Hebrew prefixes and quote-mark variants included.
/// Build once per gazetteer version; safe to share between threads.
/// </summary>
public sealed class ActorMatcher
{
    private const string HebrewPrefixes = "ובכלמשה";
    private static readonly HashSet<string> AdviserWords = new(StringComparer.Ordinal)
    {
        "יועץ", "יועצו", "יועצת", "עוזר", "עוזרו", "עוזרת", "שליח", "שליחו", "adviser", "advisor", "aide", "envoy", "to",
    };
    private static readonly HashSet<string> EnglishLocatives = new(StringComparer.Ordinal) { "in", "at" };

    private readonly PhraseMatcher<Alias> _matcher = new();

    private sealed record Alias(ActorDefinition? Actor, PlaceDefinition? Place, MentionForm Form, bool AllCaps, bool English);

    public ActorMatcher(IEnumerable<ActorDefinition> actors, IEnumerable<PlaceDefinition>? places = null)
    {
        Actors = [.. actors];
        foreach (var actor in Actors)
        {
            AddAll(actor, [actor.NameEn, .. actor.NameHe is null ? [] : new[] { actor.NameHe }, .. actor.Aliases], MentionForm.Name);
            AddAll(actor, actor.Titles ?? [], MentionForm.Title);
            AddAll(actor, actor.Metonyms ?? [], MentionForm.Metonym);
            AddAll(actor, (actor.Adjectives ?? []).SelectMany(HebrewInflections), MentionForm.Adjective);
        }
        foreach (var place in places ?? SeedPlaces.All)
            foreach (var alias in place.Aliases)
                Add(alias, new Alias(null, place, MentionForm.Name, IsAllCaps(alias), !HasHebrew(alias)));
        _matcher.Compile();
    }

    /// <summary>The gazetteer this matcher was built from.</summary>
    public IReadOnlyList<ActorDefinition> Actors { get; }

    /// <summary>Actor mentions in <paramref name="text"/> between the given offsets, longest match first, in text order.</summary>
    public IReadOnlyList<ActorMention> FindActors(string text, int from = 0, int to = -1) =>
        Find(text, WordTokenizer.Tokenize(text, from, to)).Actors;

    internal (List<ActorMention> Actors, List<(PlaceDefinition Place, int Start, int End, bool Locative)> Places) Find(string text, List<WordToken> tokens)
    {
        var actors = new List<ActorMention>();
        var places = new List<(PlaceDefinition, int, int, bool)>();
        var matches = _matcher.FindLongest(text, tokens);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var alias = m.Value;
            if (alias.English && !CaseFits(text, tokens[m.FirstToken], alias.AllCaps))
                continue;
            var locative = IsLocative(m, tokens);
            if (alias.Place is not null)
            {
                places.Add((alias.Place, m.Start, m.End, locative));
                continue;
            }
            if (alias.Form == MentionForm.Title && !TitleStandsAlone(m, matches, i, tokens))
            {
                // "עוזר נשיא אזרבייג'ן": not the president, but still Azerbaijan.
                var inside = _matcher.FindAll(text, tokens)
                    .Where(x => x.Value.Actor is not null && x.Value.Form != MentionForm.Title && x.FirstToken >= m.FirstToken
                        && x.FirstToken + x.TokenCount <= m.FirstToken + m.TokenCount)
                    .OrderByDescending(x => x.TokenCount)
                    .FirstOrDefault();
                if (inside.Value is not null)
                    actors.Add(new ActorMention(inside.Value.Actor!, inside.Value.Form, inside.Start, inside.End, IsLocative(inside, tokens)));
                continue;
            }
            actors.Add(new ActorMention(alias.Actor!, alias.Form, m.Start, m.End, locative));
        }
        actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (actors, places);
    }

    private static bool IsLocative(PhraseMatch<Alias> m, List<WordToken> tokens)
    {
        if (m.Prefix.Length > 0)
            return m.Prefix[^1] == 'ב' || (m.Prefix.Length >= 2 && m.Prefix[^2..] == "בה");
        if (tokens[m.FirstToken].IsHebrew)
            return false;
        var before = m.FirstToken - 1;
        if (before >= 0 && tokens[before].Key == "the")
            before--;
        return before >= 0 && EnglishLocatives.Contains(tokens[before].Key);
    }

    // "ראש הממשלה בנימין נתניהו": the name is the mention. "יועץ נשיא אזרבייג'ן": the adviser, not the president.
    private static bool TitleStandsAlone(PhraseMatch<Alias> title, List<PhraseMatch<Alias>> matches, int index, List<WordToken> tokens)
    {
        var next = index + 1 < matches.Count ? matches[index + 1] : default;
        if (index + 1 < matches.Count && next.FirstToken == title.FirstToken + title.TokenCount && next.Value.Actor?.Kind == ActorKind.Person)
            return false;
        var before = title.FirstToken - 1;
        return before < 0 || (!AdviserWords.Contains(tokens[before].Key) && !AdviserWords.Contains(tokens[title.FirstToken].Key));
    }

    private static bool CaseFits(string text, WordToken first, bool allCaps)
    {
        var c = text[first.Start];
        if (!char.IsUpper(c) && !char.IsDigit(c))
            return false;
        if (!allCaps)
            return true;
        for (var i = first.Start; i < first.End; i++)
            if (char.IsLower(text[i]))
                return false;
        return true;
    }

    private void AddAll(ActorDefinition actor, IEnumerable<string> aliases, MentionForm form)
    {
        foreach (var alias in aliases.Distinct())
            Add(alias, new Alias(actor, null, form, IsAllCaps(alias), !HasHebrew(alias)));
    }

    private void Add(string alias, Alias value)
    {
        // An English phrase starting with "the" is matched from its first capitalised word.
        var text = alias.StartsWith("the ", StringComparison.Ordinal) ? alias[4..] : alias;
        _matcher.Add(text, value, HebrewPrefixes);
    }

    private static IEnumerable<string> HebrewInflections(string adjective)
    {
        yield return adjective;
        if (!HasHebrew(adjective) || !adjective.EndsWith('י'))
            yield break;
        yield return adjective + "ת";
        yield return adjective + "ם";
        yield return adjective + "ים";
        yield return adjective + "ות";
    }

    private static bool HasHebrew(string s) => s.Any(CharCase.IsHebrewLetter);

    private static bool IsAllCaps(string s) => s.Count(char.IsLetter) >= 2 && !s.Any(char.IsLower);
}
