using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Events;

/// <summary>
/// Finds date expressions in Hebrew and English and resolves them against the publication date. When the
/// publication date is only an estimate, anything resolved from it becomes <see cref="PartialDate.Unknown"/>:
/// precision is never claimed that the source does not give.
/// </summary>
internal static partial class DateFinder
{
    private const string EnMonths = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string HeMonths = "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר";
    private const string EnWeekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string HeWeekdays = "ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת";
    private const string NotLetterBefore = @"(?<![\p{L}\p{N}])";
    private const string NotLetterAfter = @"(?![\p{L}\p{N}])";

    private static readonly Regex EnMonthDay = new(
        $@"\b(?<m>{EnMonths})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{{4}})\b)?", RegexOptions.Compiled);
    private static readonly Regex EnDayMonth = new(
        $@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>{EnMonths})\b\.?(?:,?\s+(?<y>\d{{4}})\b)?", RegexOptions.Compiled);
    private static readonly Regex EnMonthYear = new(
        $@"\b(?<m>{EnMonths})\.?,?\s+(?<y>\d{{4}})\b", RegexOptions.Compiled);
    private static readonly Regex EnMonthAlone = new(
        $@"\b(?:[Ii]n|[Ll]ate|[Ee]arly|[Mm]id-|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast)\s+(?:(?:early|late|mid-)\s*)?(?<m>{EnMonths})\b(?!\.?\s*\d)", RegexOptions.Compiled);
    private static readonly Regex NumericDayMonthYear = new(
        @"(?<![\d.:/])(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4}|\d{2})(?![\d/]|\.\d)", RegexOptions.Compiled);
    private static readonly Regex NumericDayMonth = new(
        @"(?<=\(|ב[-־])(?<d>\d{1,2})\.(?<m>\d{1,2})(?=\)|\s|$)", RegexOptions.Compiled);
    private static readonly Regex HeDayMonth = new(
        $@"(?<!\d)(?<d>\d{{1,2}})\s+[בל]?(?<m>{HeMonths}){NotLetterAfter}(?:\s*,?\s*(?<y>\d{{4}})\b)?", RegexOptions.Compiled);
    private static readonly Regex HeMonthYear = new(
        $@"{NotLetterBefore}[ובלמה]{{0,2}}(?<m>{HeMonths})\s+(?<y>\d{{4}})\b", RegexOptions.Compiled);
    // "במאי" alone is also "director"; a bare May needs a day or a year.
    private static readonly Regex HeMonthAlone = new(
        $@"{NotLetterBefore}ו?[בל](?:סוף |תחילת |אמצע )?(?<m>ינואר|פברואר|מרץ|מרס|אפריל|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר){NotLetterAfter}(?!\s*\d)", RegexOptions.Compiled);
    private static readonly Regex Year = new(
        @"(?<![\d.,/:%])(?<!\d-)(?<y>(?:19|20)\d{2})(?![\p{L}\d%]|[.,/]\d|-\d)", RegexOptions.Compiled);
    private static readonly Regex HeYearPrefix = new(@"(?:ב|מ|ל|עד |מאז |משנת |בשנת |בשנות )[-־]?$", RegexOptions.Compiled);

    private static readonly Relative[] AllRelatives =
    [
        new(Hebrew(["היום", "הערב", "הבוקר", "הלילה", "בצהריים"]), new Regex($@"{NotLetterBefore}ו?(?:היום|הערב|הבוקר|הלילה|בצהריים){NotLetterAfter}", RegexOptions.Compiled), PartialDate.OfDay),
        new(Hebrew(["אתמול", "אמש"]), new Regex($@"{NotLetterBefore}ו?(?:אתמול|אמש){NotLetterAfter}", RegexOptions.Compiled), p => PartialDate.OfDay(p.AddDays(-1))),
        new(Hebrew(["שלשום"]), new Regex($@"{NotLetterBefore}ו?שלשום{NotLetterAfter}", RegexOptions.Compiled), p => PartialDate.OfDay(p.AddDays(-2))),
        new(Hebrew(["השבוע"]), new Regex($@"{NotLetterBefore}ו?(?:ב)?השבוע{NotLetterAfter}(?! הבא)", RegexOptions.Compiled), Month),
        new(Hebrew(["שבוע "]), new Regex($@"{NotLetterBefore}ו?ב(?:סוף )?(?:ה)?שבוע (?:שעבר|החולף|שחלף|הקודם){NotLetterAfter}", RegexOptions.Compiled), p => Month(p.AddDays(-7))),
        new(Hebrew(["האחרונ"]), new Regex($@"{NotLetterBefore}ו?ב(?:שבועות|חודשים) (?:האחרונים|האחרונות){NotLetterAfter}", RegexOptions.Compiled), p => Month(p.AddDays(-14))),
        new(Hebrew(["חודש "]), new Regex($@"{NotLetterBefore}ו?(?:ב)?חודש (?:שעבר|הקודם){NotLetterAfter}", RegexOptions.Compiled), p => Month(p.AddMonths(-1))),
        new(Hebrew(["לפני "]), new Regex($@"{NotLetterBefore}ו?לפני (?:כ)?(?:שבוע|שבועיים|כשבוע){NotLetterAfter}", RegexOptions.Compiled), p => Month(p.AddDays(-10))),
        new(Hebrew(["לפני "]), new Regex($@"{NotLetterBefore}ו?לפני (?:כ)?חודש{NotLetterAfter}", RegexOptions.Compiled), p => Month(p.AddMonths(-1))),
        new(Hebrew([" השבוע"]), new Regex($@"{NotLetterBefore}ו?ב(?:תחילת|סוף) השבוע{NotLetterAfter}(?! (?:שעבר|הבא|החולף))", RegexOptions.Compiled), Month),
        new(Hebrew(["בשנה שעברה", "אשתקד"]), new Regex($@"{NotLetterBefore}ו?(?:בשנה שעברה|אשתקד){NotLetterAfter}", RegexOptions.Compiled), p => PartialDate.OfYear(p.Year - 1)),
        new(Hebrew(["לאחרונה"]), new Regex($@"{NotLetterBefore}ו?לאחרונה{NotLetterAfter}", RegexOptions.Compiled), Month),
        new(Hebrew(["אביב", "קיץ", "סתיו", "חורף"]), new Regex($@"{NotLetterBefore}ו?(?:ב|בהמשך |בתחילת |בסוף )(?:ה)?(?:אביב|קיץ|סתיו|חורף){NotLetterAfter}", RegexOptions.Compiled), p => PartialDate.OfYear(p.Year)),
        new(English(["today", "tonight", "this "]), new Regex(@"\b(?:[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b", RegexOptions.Compiled), PartialDate.OfDay),
        new(English(["yesterday", "last night"]), new Regex(@"\b(?:[Yy]esterday|[Ll]ast night)\b", RegexOptions.Compiled), p => PartialDate.OfDay(p.AddDays(-1))),
        new(English(["this week"]), new Regex(@"\b(?:[Ee]arlier |[Ll]ater )?this week\b", RegexOptions.Compiled), Month),
        new(English(["last week", "previous week", "week ago"]), new Regex(@"\b(?:[Ll]ast week|[Tt]he previous week|[Ll]ast weekend|(?:a|one) week ago)\b", RegexOptions.Compiled), p => Month(p.AddDays(-7))),
        new(English(["weeks ago"]), new Regex(@"\b(?:two|three|2|3) weeks ago\b", RegexOptions.Compiled), p => Month(p.AddDays(-17))),
        new(English(["month ago"]), new Regex(@"\b(?:a|one) month ago\b", RegexOptions.Compiled), p => Month(p.AddMonths(-1))),
        new(English(["overnight"]), new Regex(@"\b[Oo]vernight\b", RegexOptions.Compiled), PartialDate.OfDay),
        new(English(["weeks"]), new Regex(@"\b(?:in )?(?:recent|the past few|the last few|the past|the last) weeks\b", RegexOptions.Compiled), p => Month(p.AddDays(-14))),
        new(English(["this month"]), new Regex(@"\b(?:[Ee]arlier )?this month\b", RegexOptions.Compiled), Month),
        new(English(["last month"]), new Regex(@"\b[Ll]ast month\b", RegexOptions.Compiled), p => Month(p.AddMonths(-1))),
        new(English(["this year"]), new Regex(@"\b(?:[Ee]arlier )?this year\b", RegexOptions.Compiled), p => PartialDate.OfYear(p.Year)),
        new(English(["last year"]), new Regex(@"\b[Ll]ast year\b", RegexOptions.Compiled), p => PartialDate.OfYear(p.Year - 1)),
        new(English(["recently"]), new Regex(@"\b[Rr]ecently\b", RegexOptions.Compiled), Month),
        new(English(["in the "]), new Regex(@"\b(?:(?:[Ll]ater|[Ee]arlier) )?in the (?:spring|summer|autumn|fall|winter)\b", RegexOptions.Compiled), p => PartialDate.OfYear(p.Year)),
    ];

    // Cheap pre-checks keep the per-sentence cost down: Hebrew patterns need Hebrew letters, numeric ones digits.
    private static readonly Relative[] HebrewRelatives = [.. AllRelatives.Where(r => r.Pattern.ToString().Any(CharCase.IsHebrewLetter))];
    private static readonly Relative[] EnglishRelatives = [.. AllRelatives.Where(r => !r.Pattern.ToString().Any(CharCase.IsHebrewLetter))];

    /// <summary>
    /// A relative-date pattern and words every one of its matches contains (case aside): most sentences contain none,
    /// and a vectorised search for them is far cheaper than running the regex over the sentence.
    /// </summary>
    private sealed record Relative(WordHints Hints, Regex Pattern, Func<DateOnly, PartialDate> Resolve);

    private static WordHints Hebrew(string[] hints) => new(hints);

    private static WordHints English(string[] hints) => new(hints, ignoreCase: true);

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Words every pattern of a family contains: a vectorised search for them skips most sentences without any regex.
    private static readonly SearchValues<string> EnglishMonthHints = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);
    private static readonly WordHints HebrewMonthHints = new(HeMonths.Split('|'));
    private static readonly SearchValues<string> EnglishRelativeHints = SearchValues.Create(
        ["today", "tonight", "this ", "yesterday", "last ", "week", "month", "overnight", "recently", "spring", "summer", "autumn", "fall", "winter", "day"],
        StringComparison.OrdinalIgnoreCase);
    private static readonly WordHints HebrewRelativeHints = new(
        ["היום", "הערב", "הבוקר", "הלילה", "בצהריים", "אתמול", "אמש", "שלשום", "שבוע", "חודש", "לפני", "שעברה", "אשתקד", "לאחרונה",
         "אביב", "קיץ", "סתיו", "חורף", "ביום", "באותו"]);

    private static readonly Regex EnWeekday = new($@"(?<!\bnext\s)(?<!\bNext\s)\b(?<w>{EnWeekdays})\b(?!\s*,?\s*(?:{EnMonths})\b)", RegexOptions.Compiled);
    private static readonly Regex HeWeekday = new($@"{NotLetterBefore}ו?ב(?:יום )(?<w>{HeWeekdays}|[אבגדהו]['׳]){NotLetterAfter}(?! הבא)(?!\s*\(\d)", RegexOptions.Compiled);
    private static readonly Regex SameDay = new(@"\b(?:the same day|that day|[Tt]he day before)\b|(?<![\p{L}])(?:באותו יום|באותו היום)(?![\p{L}])", RegexOptions.Compiled);
    private static readonly SearchValues<string> EnglishWeekdayHints = SearchValues.Create(EnWeekdays.Split('|'), StringComparison.Ordinal);
    private static readonly WordHints SameDayHints = new([" day", "באותו "]);
    private static readonly Regex SinceBefore = new(@"(?:\b[Ss]ince|מאז)\s*$", RegexOptions.Compiled);

    /// <summary>All date mentions in <paramref name="text"/>, non-overlapping, in order.</summary>
    public static List<DateMention> Find(string text, DateOnly published, bool publishedIsEstimated)
    {
        // The loops below run Match/NextMatch rather than Matches: the same matches without a MatchCollection per pattern.
        var found = new List<DateMention>();
        var span = text.AsSpan();
        var hasDigit = span.ContainsAnyInRange('0', '9');
        var hasHebrew = span.ContainsAnyInRange('\u05D0', '\u05EA'); // CharCase.IsHebrewLetter
        var hasLatin = span.ContainsAny(AsciiLetters);
        var englishMonths = hasLatin && span.ContainsAny(EnglishMonthHints);
        var hebrewMonths = hasHebrew && HebrewMonthHints.In(span);
        if (hasDigit)
            FindNumeric(text, published, publishedIsEstimated, found, hebrewMonths, englishMonths);
        var englishWords = hasLatin && (englishMonths || span.ContainsAny(EnglishRelativeHints));
        if (englishWords)
        {
            // Each pattern runs only when the words it needs are there (the hints are its literal parts).
            if (englishMonths)
                for (var m = EnMonthAlone.Match(text); m.Success; m = m.NextMatch())
                    AddMonthAlone(found, m, EnMonth(m.Groups["m"].Value), published, publishedIsEstimated);
            if (SameDayHints.In(span))
                for (var m = SameDay.Match(text); m.Success; m = m.NextMatch())
                    Add(found, m.Index, m.Length, PartialDate.Unknown, DateMentionKind.SameDay);
            AddRelatives(text, published, publishedIsEstimated, found, EnglishRelatives);
            if (span.ContainsAny(EnglishWeekdayHints))
                for (var m = EnWeekday.Match(text); m.Success; m = m.NextMatch())
                    Add(found, m.Index, m.Length, Weekday(published, publishedIsEstimated, EnWeekdayOf(m.Groups["w"].Value)), DateMentionKind.Relative);
        }
        if (hasHebrew && (hebrewMonths || HebrewRelativeHints.In(span)))
        {
            if (hebrewMonths)
                for (var m = HeMonthAlone.Match(text); m.Success; m = m.NextMatch())
                    AddMonthAlone(found, m, HeMonth(m.Groups["m"].Value), published, publishedIsEstimated);
            if (!englishWords && SameDayHints.In(span))
                for (var m = SameDay.Match(text); m.Success; m = m.NextMatch())
                    Add(found, m.Index, m.Length, PartialDate.Unknown, DateMentionKind.SameDay);
            AddRelatives(text, published, publishedIsEstimated, found, HebrewRelatives);
            if (span.Contains("ביום ", StringComparison.Ordinal))
                for (var m = HeWeekday.Match(text); m.Success; m = m.NextMatch())
                    Add(found, m.Index, m.Length, Weekday(published, publishedIsEstimated, HeWeekdayOf(m.Groups["w"].Value)), DateMentionKind.Relative);
        }
        // A year is 19xx or 20xx: without either pair there is none to look for.
        if (hasDigit && (span.Contains("19", StringComparison.Ordinal) || span.Contains("20", StringComparison.Ordinal)))
            FindYears(text, found);

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void AddRelatives(string text, DateOnly published, bool estimated, List<DateMention> found, Relative[] relatives)
    {
        // EnumerateMatches: the same matches as Matches without allocating a Match per pattern (most find none).
        foreach (var (hints, pattern, resolve) in relatives)
        {
            if (!hints.In(text))
                continue;
            foreach (var m in pattern.EnumerateMatches(text))
            {
                if (IsAgendaPhrase(text, m.Index))
                    continue;
                Add(found, m.Index, m.Length, estimated ? PartialDate.Unknown : resolve(published), DateMentionKind.Relative);
            }
        }
    }

    private static void FindNumeric(string text, DateOnly published, bool publishedIsEstimated, List<DateMention> found, bool hasHebrew, bool hasLatin)
    {
        if (hasLatin)
        {
            for (var m = EnMonthDay.Match(text); m.Success; m = m.NextMatch())
                AddDayMonth(found, m, EnMonth(m.Groups["m"].Value), published, publishedIsEstimated);
            for (var m = EnDayMonth.Match(text); m.Success; m = m.NextMatch())
                AddDayMonth(found, m, EnMonth(m.Groups["m"].Value), published, publishedIsEstimated);
        }
        if (hasHebrew)
            for (var m = HeDayMonth.Match(text); m.Success; m = m.NextMatch())
                AddDayMonth(found, m, HeMonth(m.Groups["m"].Value), published, publishedIsEstimated);
        if (HasDigitSeparatedNumber(text))
        {
            for (var m = NumericDayMonthYear.Match(text); m.Success; m = m.NextMatch())
            {
                var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (year < 100)
                    year += 2000;
                AddDay(found, m, year, Int(m, "m"), Int(m, "d"), DateMentionKind.Explicit);
            }
            for (var m = NumericDayMonth.Match(text); m.Success; m = m.NextMatch())
                AddDayMonth(found, m, Int(m, "m"), published, publishedIsEstimated, dayGroup: "d");
        }
        if (hasLatin)
            for (var m = EnMonthYear.Match(text); m.Success; m = m.NextMatch())
                Add(found, m.Index, m.Length, PartialDate.OfMonth(Int(m, "y"), EnMonth(m.Groups["m"].Value)), DateMentionKind.Explicit);
        if (hasHebrew)
            for (var m = HeMonthYear.Match(text); m.Success; m = m.NextMatch())
                Add(found, m.Index, m.Length, PartialDate.OfMonth(Int(m, "y"), HeMonth(m.Groups["m"].Value)), DateMentionKind.Explicit);
    }

    // Both numeric day-month patterns need a digit, a dot or slash, and a digit ("9.3", "12/03"); most sentences
    // have none, and this scan is much cheaper than two regex passes.
    private static bool HasDigitSeparatedNumber(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny('.', '/'); i >= 0 && i + 1 < text.Length; )
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
                return true;
            var next = text[(i + 1)..].IndexOfAny('.', '/');
            if (next < 0)
                return false;
            i += 1 + next;
        }
        return false;
    }

    private static void FindYears(string text, List<DateMention> found)
    {
        for (var m = Year.Match(text); m.Success; m = m.NextMatch())
        {
            var start = m.Index;
            var before = text[Math.Max(0, start - 12)..start];
            var heb = HeYearPrefix.Match(before);
            if (heb.Success)
                start -= heb.Length;
            var kind = SinceBefore.IsMatch(before) || before.EndsWith("מאז ", StringComparison.Ordinal)
                ? DateMentionKind.Since
                : DateMentionKind.Year;
            Add(found, start, m.Index + m.Length - start, PartialDate.OfYear(Int(m, "y")), kind);
        }
    }

    private static bool IsAgendaPhrase(string text, int index) =>
        // "סדר היום" is the agenda, not today.
        index >= 4 && text.AsSpan(Math.Max(0, index - 5), Math.Min(5, index)).EndsWith("סדר ", StringComparison.Ordinal);

    private static PartialDate Month(DateOnly day) => PartialDate.OfMonth(day.Year, day.Month);

    private static PartialDate Weekday(DateOnly published, bool estimated, DayOfWeek day)
    {
        if (estimated)
            return PartialDate.Unknown;
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return PartialDate.OfDay(published.AddDays(-back));
    }

    private static void AddDayMonth(List<DateMention> found, Match m, int month, DateOnly published, bool estimated, string dayGroup = "d")
    {
        var day = Int(m, dayGroup);
        if (m.Groups["y"].Success)
        {
            AddDay(found, m, Int(m, "y"), month, day, DateMentionKind.Explicit);
            return;
        }
        if (estimated)
        {
            Add(found, m.Index, m.Length, PartialDate.Unknown, DateMentionKind.Explicit);
            return;
        }
        var year = NearestYear(published, month, Math.Min(day, 28));
        AddDay(found, m, year, month, day, DateMentionKind.Explicit);
    }

    private static void AddMonthAlone(List<DateMention> found, Match m, int month, DateOnly published, bool estimated)
    {
        var date = estimated ? PartialDate.Unknown : PartialDate.OfMonth(NearestYear(published, month, 15), month);
        Add(found, m.Index, m.Length, date, DateMentionKind.Explicit);
    }

    /// <summary>
    /// The year for a day/month written without one: the latest that is not more than two months after publication
    /// (news reports what happened, or what is coming soon).
    /// </summary>
    private static int NearestYear(DateOnly published, int month, int day) =>
        new[] { published.Year + 1, published.Year, published.Year - 1 }
            .First(y => new DateOnly(y, month, day).DayNumber <= published.DayNumber + 60);

    private static void AddDay(List<DateMention> found, Match m, int year, int month, int day, DateMentionKind kind)
    {
        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2100 || day > DateTime.DaysInMonth(year, month))
            return;
        Add(found, m.Index, m.Length, PartialDate.OfDay(new DateOnly(year, month, day)), kind);
    }

    private static void Add(List<DateMention> found, int start, int length, PartialDate date, DateMentionKind kind)
    {
        var end = start + length;
        // Earlier (more specific) patterns win any overlap.
        if (found.Any(f => start < f.End && f.Start < end))
            return;
        found.Add(new DateMention(start, end, date, kind));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int EnMonth(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int HeMonth(string name) => name switch
    {
        "ינואר" => 1, "פברואר" => 2, "מרץ" or "מרס" => 3, "אפריל" => 4, "מאי" => 5, "יוני" => 6,
        "יולי" => 7, "אוגוסט" => 8, "ספטמבר" => 9, "אוקטובר" => 10, "נובמבר" => 11, _ => 12,
    };

    private static DayOfWeek EnWeekdayOf(string name) => Enum.Parse<DayOfWeek>(name);

    private static DayOfWeek HeWeekdayOf(string name) => name switch
    {
        "ראשון" or "א'" or "א׳" => DayOfWeek.Sunday,
        "ב'" or "ב׳" => DayOfWeek.Monday,
        "ג'" or "ג׳" => DayOfWeek.Tuesday,
        "ד'" or "ד׳" => DayOfWeek.Wednesday,
        "ה'" or "ה׳" => DayOfWeek.Thursday,
        "ו'" or "ו׳" => DayOfWeek.Friday, "שני" => DayOfWeek.Monday, "שלישי" => DayOfWeek.Tuesday, "רביעי" => DayOfWeek.Wednesday,
        "חמישי" => DayOfWeek.Thursday, "שישי" => DayOfWeek.Friday, _ => DayOfWeek.Saturday,
    };
}
