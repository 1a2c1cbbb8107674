using System.Globalization;
using System.Text;

namespace Briefing.Bench.Import;

/// <summary>
/// Writes N synthetic news articles as pasted-page .txt files (site furniture, headline, sub-headline, byline with a
/// date, 3–5 KB of body), half Hebrew and half English. Articles come in stories: a story's 1–3 reports share people,
/// a place, an organisation, figures and a date but are worded differently (so story clustering has real candidates
/// to compare), and about 1 % of files are exact re-posts under another name (so de-duplication finds something).
/// Vocabulary is invented from syllables (thousands of words, names and places), so texts are not near-identical.
/// Files are written one at a time; nothing is held in memory.
/// </summary>
public sealed class NewsCorpusWriter(int seed)
{
    private readonly Random random = new(seed);
    private static readonly string[] LatinSyllables =
        ["ba", "ke", "ri", "to", "man", "sel", "dor", "vi", "la", "nes", "tra", "mon", "gel", "pa", "ster", "qui", "ran", "lo", "fer", "das",
         "mi", "cor", "den", "al", "ho", "ven", "ti", "ger", "su", "pol", "ka", "ret", "no", "bre", "zan", "ul", "ce", "mar", "fi", "tus"];
    private static readonly string[] HebrewSyllables =
        ["בר", "של", "מו", "כה", "דן", "רי", "תו", "גל", "נח", "פר", "סי", "קו", "חז", "לב", "עמ", "שר", "יא", "טו", "זה", "צי",
         "מא", "רו", "בי", "דו", "הל", "נו", "פי", "קר", "חי", "אל", "תמ", "גו", "סל", "ער", "יה", "מנ", "שו", "לי", "כר", "אד"];
    private static readonly string[] EnglishFunction =
        ["the", "of", "and", "to", "in", "a", "that", "is", "for", "on", "with", "as", "was", "by", "said", "it", "at", "from", "his", "an", "were", "which", "after", "would"];
    private static readonly string[] HebrewFunction =
        ["של", "את", "על", "עם", "כי", "הוא", "היא", "לא", "גם", "אבל", "זה", "אשר", "כל", "בין", "אמר", "אל", "עוד", "רק", "יותר", "כך", "לאחר", "היה"];
    private static readonly string[] EnglishVerbs = ["met", "visited", "announced", "signed", "criticised", "proposed", "rejected", "welcomed", "discussed", "urged"];
    private static readonly string[] HebrewVerbs = ["נפגש עם", "ביקר אצל", "הודיע על", "חתם עם", "מתח ביקורת על", "הציע ל", "דחה את", "בירך את", "שוחח עם", "קרא ל"];
    private static readonly string[] EnglishMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private string[] englishWords = [], hebrewWords = [], englishNames = [], hebrewNames = [], englishPlaces = [], hebrewPlaces = [], englishOrgs = [], hebrewOrgs = [];

    private string Word(string[] syllables, int min, int max) =>
        string.Concat(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => syllables[random.Next(syllables.Length)]));

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private void BuildVocabulary()
    {
        englishWords = [.. Enumerable.Range(0, 6000).Select(_ => Word(LatinSyllables, 1, 4))];
        hebrewWords = [.. Enumerable.Range(0, 6000).Select(_ => Word(HebrewSyllables, 1, 3))];
        englishNames = [.. Enumerable.Range(0, 3000).Select(_ => Capital(Word(LatinSyllables, 2, 3)) + " " + Capital(Word(LatinSyllables, 2, 4)))];
        hebrewNames = [.. Enumerable.Range(0, 3000).Select(_ => Word(HebrewSyllables, 2, 3) + " " + Word(HebrewSyllables, 2, 3))];
        englishPlaces = [.. Enumerable.Range(0, 400).Select(_ => Capital(Word(LatinSyllables, 2, 3)))];
        hebrewPlaces = [.. Enumerable.Range(0, 400).Select(_ => Word(HebrewSyllables, 2, 3))];
        englishOrgs = [.. Enumerable.Range(0, 300).Select(_ => "Ministry of " + Capital(Word(LatinSyllables, 2, 3)))];
        hebrewOrgs = [.. Enumerable.Range(0, 300).Select(_ => "משרד ה" + Word(HebrewSyllables, 2, 3))];
    }

    private sealed record Story(int[] People, int Place, int Org, int[] Figures, DateOnly Date);

    /// <summary>Writes <paramref name="count"/> files under <paramref name="folder"/> (in subfolders of 1,000); returns the total bytes.</summary>
    public long Write(string folder, int count)
    {
        BuildVocabulary();
        var start = new DateOnly(2024, 1, 1);
        long bytes = 0;
        var written = 0;
        var recent = new List<string>();
        var utf8 = new UTF8Encoding(false);
        while (written < count)
        {
            var story = new Story(
                [.. Enumerable.Range(0, random.Next(2, 4)).Select(_ => random.Next(englishNames.Length))],
                random.Next(englishPlaces.Length), random.Next(englishOrgs.Length),
                [random.Next(2, 400), random.Next(1000, 90000)],
                start.AddDays(random.Next(0, 690)));
            var reports = random.Next(1, 4);
            for (var r = 0; r < reports && written < count; r++)
            {
                var path = Path.Combine(folder, (written / 1000).ToString("D4"), $"a{written:D6}.txt");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                string text;
                if (recent.Count > 50 && random.NextDouble() < 0.01)
                    text = File.ReadAllText(recent[random.Next(recent.Count)], utf8); // an exact re-post under another name
                else
                    text = Article(story, hebrew: random.NextDouble() < 0.5, report: r);
                File.WriteAllText(path, text, utf8);
                bytes += utf8.GetByteCount(text);
                recent.Add(path);
                if (recent.Count > 200) recent.RemoveAt(0);
                written++;
            }
        }
        return bytes;
    }

    private string Article(Story story, bool hebrew, int report)
    {
        var people = story.People.Select(p => hebrew ? hebrewNames[p] : englishNames[p]).ToArray();
        var place = hebrew ? hebrewPlaces[story.Place] : englishPlaces[story.Place];
        var org = hebrew ? hebrewOrgs[story.Org] : englishOrgs[story.Org];
        var published = story.Date.AddDays(random.Next(0, 3));
        var verbs = hebrew ? HebrewVerbs : EnglishVerbs;
        var verb = verbs[random.Next(verbs.Length)];
        var site = hebrew ? "חדשות " + hebrewPlaces[random.Next(40)] : Capital(englishPlaces[random.Next(40)]) + " Herald";
        var title = hebrew
            ? $"{people[0]} {verb} {people[1]} ב{place}: {story.Figures[0]} {hebrewWords[random.Next(hebrewWords.Length)]}"
            : $"{people[0]} {verb} {people[1]} in {place} over {story.Figures[0]} {englishWords[random.Next(englishWords.Length)]}s";
        var body = new StringBuilder(5200);
        body.Append(hebrew ? $"{site}\nדף הבית > חדשות > מדיני\n\n" : $"{site.ToUpperInvariant()}\nNews · Politics · World · Opinion\nSubscribe | Sign in\n\n");
        body.Append(title).Append('\n');
        body.Append(hebrew
            ? $"{org} מסר כי ההסכם יוצג בתוך {random.Next(2, 30)} ימים • {people[^1]} צפוי להגיב\n"
            : $"The {org} said the plan would be presented within {random.Next(2, 30)} days; {people[^1]} is expected to respond.\n");
        body.Append(hebrew
            ? $"| {site} | מאת: {hebrewNames[random.Next(hebrewNames.Length)]} | {published:dd.MM.yyyy}\n\n"
            : $"By {englishNames[random.Next(englishNames.Length)]}\n{EnglishMonths[published.Month - 1]} {published.Day}, {published.Year}\n\n");
        var target = random.Next(3000, 4800);
        var sentence = 0;
        var size = Encoding.UTF8.GetByteCount(body.ToString());
        while (size < target)
        {
            var paragraph = new StringBuilder();
            for (var s = 0; s < random.Next(3, 6); s++, sentence++)
                paragraph.Append(Sentence(hebrew, people, place, org, story, report, sentence)).Append(' ');
            var text = paragraph.ToString().TrimEnd() + "\n\n";
            body.Append(text);
            size += Encoding.UTF8.GetByteCount(text);
        }
        body.Append(hebrew ? "הכי נקראות\n1. מזג האוויר\n2. שוק ההון\n© כל הזכויות שמורות" : "Most read\n1. Weather\n2. Markets\n© All rights reserved");
        return body.ToString();
    }

    private string Sentence(bool hebrew, string[] people, string place, string org, Story story, int report, int index)
    {
        var words = hebrew ? hebrewWords : englishWords;
        var function = hebrew ? HebrewFunction : EnglishFunction;
        var parts = new List<string>();
        // Every few sentences carries the story's facts; the rest is varied filler in the same language.
        switch ((index + report) % 4)
        {
            case 0: parts.Add(people[index % people.Length]); break;
            case 1: parts.Add(hebrew ? "ב" + place : "in " + place); break;
            case 2: parts.Add(story.Figures[index % 2].ToString(CultureInfo.InvariantCulture)); break;
            default: parts.Add(org); break;
        }
        var length = random.Next(8, 18);
        for (var i = 0; i < length; i++)
            parts.Add(random.NextDouble() < 0.4 ? function[random.Next(function.Length)] : words[(int)(Math.Pow(random.NextDouble(), 1.7) * words.Length)]);
        if (random.NextDouble() < 0.15)
            parts.Add(hebrew ? hebrewNames[random.Next(hebrewNames.Length)] : englishNames[random.Next(englishNames.Length)]);
        if (random.NextDouble() < 0.1)
            parts.Add(random.Next(1990, 2026).ToString(CultureInfo.InvariantCulture));
        Shuffle(parts, keepFirst: random.NextDouble() < 0.5);
        var text = string.Join(' ', parts);
        return (hebrew ? text : Capital(text)) + ".";
    }

    private void Shuffle(List<string> parts, bool keepFirst)
    {
        for (var i = parts.Count - 1; i > (keepFirst ? 1 : 0); i--)
        {
            var j = random.Next(keepFirst ? 1 : 0, i + 1);
            (parts[i], parts[j]) = (parts[j], parts[i]);
        }
    }
}
