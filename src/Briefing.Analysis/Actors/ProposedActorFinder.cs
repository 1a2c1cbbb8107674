using Briefing.Analysis.Events;

namespace Briefing.Analysis.Actors;

/// <summary>
/// Names the gazetteer lacks, taken only from actor positions: an English run of two or three capitalised words
/// (titles such as "Foreign Minister" dropped), or the Hebrew words after a title such as השר, הנשיא, יועץ.
/// </summary>
internal static class ProposedActorFinder
{
    private static readonly HashSet<string> EnglishSkip = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "And", "But", "Or", "For", "With", "By", "From", "To", "Of", "As", "After", "Before", "During",
        "President", "Prime", "Minister", "Foreign", "Secretary", "Deputy", "Spokesperson", "Spokesman", "Spokeswoman", "Envoy",
        "Special", "Senator", "Sen", "Rep", "Gov", "Governor", "General", "Chief", "Director", "Ambassador", "Supreme", "Leader",
        "King", "Crown", "Prince", "Mr", "Mrs", "Ms", "Dr", "Former", "Outgoing", "Incoming", "Vice", "State", "Defense", "Defence",
        "Energy", "Finance", "Security", "National", "Adviser", "Advisor", "Speaker", "Sheikh", "Emir", "Chairman", "CEO", "Israeli",
        "American", "Iranian", "Azerbaijani", "Armenian", "British", "French", "German", "U", "S", "US", "UN", "Share", "Read", "More",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mideast", "Middle", "East", "West", "South",
        "North", "Gulf", "Caucasus", "Central", "Asia", "Europe", "European", "Council", "Accords", "Abraham", "Committee",
        "International", "Peace", "Prosperity", "Freedom", "Support", "Cooperation", "Strategic", "Partnership", "Affairs", "Relations",
        "Development", "Trade", "Union", "Republic", "Democratic", "People", "Front", "Movement", "Forces", "Army", "Navy", "Air", "Force",
    };

    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "Council", "Center", "Centre", "Institute", "Group", "Ministry", "Office", "Agency", "Authority", "Court", "Party", "Company",
        "University", "Foundation", "Forum", "Review", "Bank", "Fund", "Corporation", "Organization", "Organisation", "Committee",
    };

    private static readonly HashSet<string> GeographyWords = new(StringComparer.Ordinal)
    {
        "Highway", "Avenue", "Street", "Road", "Boulevard", "Square", "Park", "Bridge", "Airport", "Stadium", "River", "Sea", "Mountains",
        "Island", "Islands", "Valley", "Strait", "Ocean", "Basin", "Desert", "Corridor", "Route", "Field", "Fields", "Base", "Province",
        "Region", "District", "Canal", "Lake", "Peninsula", "Heights", "Hills", "Coast", "Port", "Station", "Terminal", "Hall", "Hotel",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishSkipBySpan = EnglishSkip.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationWordsBySpan = OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GeographyWordsBySpan = GeographyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> HebrewTitles = new(StringComparer.Ordinal)
    {
        "השר", "שר", "הנשיא", "נשיא", "יועץ", "יועצו", "יועצת", "עוזר", "עוזרו", "עוזרת", "השגריר", "שגריר", "השליח", "שליח",
        "הדובר", "דובר", "דוברת", "ד\"ר", "פרופ'", "סגן", "ח\"כ", "מנכ\"ל", "המזכיר", "מזכיר", "השרה", "שרת", "הגנרל", "ראש",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HebrewTitlesBySpan = HebrewTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> HebrewStop = new(StringComparer.Ordinal)
    {
        "של", "את", "עם", "על", "כי", "הוא", "היא", "הם", "אשר", "גם", "לא", "כבר", "אך", "אבל", "זה", "זו", "וכן", "החוץ", "הביטחון",
        "האוצר", "הממשלה", "המדינה", "לשעבר", "הבכיר", "הבכירה", "המיוחד", "המיוחדת", "האמריקני", "האמריקאי", "אמר", "אמרה", "מסר",
    };

    // wordSpans: other known words (event triggers) that are never part of a name.
    public static IEnumerable<ProposedActor> Find(string text, int offset, IReadOnlyList<WordToken> tokens, IReadOnlyList<ActorMention> mentions,
        IReadOnlyList<(int Start, int End)> placeSpans, string language, IReadOnlyList<(int Start, int End)> wordSpans)
    {
        // Loops, not LINQ: these run for every word looked at, and a lambda per call allocated each time.
        bool IsTrigger(WordToken t) => Overlaps(wordSpans, t);
        ActorMention? MentionAt(WordToken t)
        {
            foreach (var m in mentions)
                if (t.Start < m.End && m.Start < t.End)
                    return m;
            return null;
        }
        bool IsPlace(WordToken t) => Overlaps(placeSpans, t);
        bool Known(WordToken t) => MentionAt(t) is not null || IsPlace(t);

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsHebrew)
            {
                if (!HebrewTitles.Contains(t.Key) && !(t.Key.Length > 2 && t.Key[0] == 'ו' && HebrewTitlesBySpan.Contains(t.Key.AsSpan(1))))
                    continue;
                // Title complements ("שר הביטחון", "יועץ הביטחון הלאומי") carry the article ה; names do not.
                var j = i + 1;
                // ... and the state it serves ("נשיא טורקיה ארדואן").
                while (j < tokens.Count && j - i <= 4 && (MentionAt(tokens[j]) is { Actor.Kind: ActorKind.State }
                       || (!Known(tokens[j]) && (HebrewTitles.Contains(tokens[j].Key) || HebrewStop.Contains(tokens[j].Key) || tokens[j].Key.StartsWith('ה')))))
                    j++;
                var run = new List<WordToken>();
                while (j < tokens.Count && run.Count < 2 && tokens[j].IsHebrew && !Known(tokens[j]) && !IsTrigger(tokens[j]) && !HebrewStop.Contains(tokens[j].Key)
                       && !tokens[j].Key.StartsWith('ה') && tokens[j].Key.Length >= 2 && IsAdjacent(text, tokens[j - 1], tokens[j]))
                    run.Add(tokens[j++]);
                // One word is a name too when the clause goes on with a verb or ends ("ונשיא טורקיה ארדואן חתמו").
                var closes = j >= tokens.Count || IsTrigger(tokens[j]) || text.AsSpan(run.Count > 0 ? run[^1].End : 0, Math.Min(2, text.Length - (run.Count > 0 ? run[^1].End : 0))).IndexOfAny(",.:;") >= 0;
                if (run.Count == 2 || (run.Count == 1 && closes && run[0].Key.Length >= 3))
                    yield return Make(text, offset, run, ActorKind.Person, "he");
                i = j - 1;
                continue;
            }

            // Most words start no name: test the first before building a list.
            if (!IsCapitalised(text, t) || IsTrigger(t))
                continue;
            var words = new List<WordToken>();
            var k = i;
            while (k < tokens.Count && IsCapitalised(text, tokens[k]) && !IsTrigger(tokens[k]) && (words.Count == 0 || IsAdjacent(text, tokens[k - 1], tokens[k])))
                words.Add(tokens[k++]);
            if (words.Count == 0)
                continue;
            i = k - 1;
            // "the Washington Institute": a capital or adjective inside an institution's name is part of the name.
            var institution = words.SkipWhile(w => IsSkipped(text, w) && !IsOrganizationWord(Bare(text, w))).ToList();
            if (institution.Count >= 2 && IsOrganizationWord(Bare(text, institution[^1]))
                && institution.All(w => MentionAt(w) is null or { Form: MentionForm.Metonym or MentionForm.Adjective })
                && institution.Any(Known) && !institution.All(Known))
            {
                yield return Make(text, offset, institution, ActorKind.Organization, language);
                continue;
            }
            // "Chinese Foreign Minister Wang Yi": drop the known and title words in front, stop at the next known name.
            words = [.. words.SkipWhile(w => Known(w) || IsSkipped(text, w)).TakeWhile(w => !Known(w))];
            var orgLike = words.Any(w => IsOrganizationWord(text.AsSpan(w.Start, w.End - w.Start)));
            if (words.Count is < 2 or > 4 || (!orgLike && words.Any(w => IsSkipped(text, w))))
                continue;
            // "Indo-Pacific", "Glenn Highway": a hyphenated pair or a place word is not a person.
            if (!orgLike && (GeographyWordsBySpan.Contains(Bare(text, words[^1])) || (words.Count == 2 && text[words[0].End] == '-')))
                continue;
            // A capitalised pair at the very start of a sentence is too often an ordinary word plus a name.
            if (words[0].Start == 0 && !orgLike && words.Count == 2 && tokens.Count > 0 && tokens[0].Start == 0 && char.IsUpper(text[0]) && words[0].Key.Length < 4)
                continue;
            yield return Make(text, offset, words, orgLike ? ActorKind.Organization : ActorKind.Person, language);
        }
    }

    private static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, WordToken t)
    {
        for (var i = 0; i < spans.Count; i++)
            if (t.Start < spans[i].End && spans[i].Start < t.End)
                return true;
        return false;
    }

    // The word without a possessive 's or trailing dots, as a span: only ever looked up in the word sets below.
    private static ReadOnlySpan<char> Bare(string text, WordToken t)
    {
        var s = text.AsSpan(t.Start, t.End - t.Start);
        return s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal) ? s[..^2] : s.TrimEnd('.');
    }

    private static bool IsSkipped(string text, WordToken t) => EnglishSkipBySpan.Contains(Bare(text, t));

    private static bool IsOrganizationWord(ReadOnlySpan<char> word) => OrganizationWordsBySpan.Contains(word);

    // Runs for every English word of a sentence with a trigger: loops over spans, no substrings.
    private static bool IsCapitalised(string text, WordToken t) =>
        !t.IsHebrew && char.IsUpper(text[t.Start]) && t.Length >= 2 && Any(t.Key, char.IsLetter) && Any(text.AsSpan(t.Start + 1, t.Length - 1), char.IsLower);

    private static bool Any(ReadOnlySpan<char> chars, Func<char, bool> test)
    {
        foreach (var c in chars)
            if (test(c))
                return true;
        return false;
    }

    // Names are not split by punctuation other than a space or a hyphen.
    private static bool IsAdjacent(string text, WordToken a, WordToken b) =>
        b.Start - a.End is >= 1 and <= 2 && !text.AsSpan(a.End, b.Start - a.End).ContainsAnyExcept(' ', '-', '\u00A0');

    private static ProposedActor Make(string text, int offset, List<WordToken> run, ActorKind kind, string language)
    {
        var start = run[0].Start;
        var end = run[^1].End;
        var name = text[start..end];
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            name = name[..^2];
        return new ProposedActor(name, kind, language, text, offset + start, end - start);
    }
}
