using System.Text.RegularExpressions;
using Briefing.Analysis.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>
/// A web page copied as plain text → headline, sub-headline, source, caption, dateline and body.
/// <para>
/// The body is the span of lines with the most prose in it (maximum-sum run: long lines ending in sentence punctuation
/// count for their length, everything else against it), so menus, promo lists, flash lists, share bars and comment
/// threads — runs of short unpunctuated lines — fall outside it. Lines repeated on the page are furniture. The headline
/// block is the run of headline-shaped lines just above the first meta line (caption, source, byline, dateline) that
/// precedes the body; its top line is the headline, the rest the sub-headline.
/// </para>
/// </summary>
internal static partial class PlainTextArticleParser
{
    private sealed record Line(string Text, int Words, bool Blank)
    {
        public bool Prose;
        public bool Repeated;
        public LineRole Role;
    }

    private enum LineRole { Other, Caption, Source, Byline, Dateline, RelativeTime }

    public static ParseOutcome Parse(string raw, string? givenTitle, string? givenSource, IngestLimits limits, CancellationToken cancel)
    {
        var cleaned = TextCleaner.CleanBody(raw);
        if (cleaned.Length == 0)
        {
            return new ParseOutcome { Kind = InputKind.Text, Error = new IngestError(IngestErrorKind.Malformed, "The text is empty; there is no article to import.") };
        }
        var monthFirst = LanguageDetector.Detect(cleaned) == "en";
        var lines = Unwrap(cleaned.Split('\n')).Select(t => new Line(t, t.Length == 0 ? 0 : WordCount(t), t.Length == 0)).ToList();
        Classify(lines, limits, monthFirst);
        cancel.ThrowIfCancellationRequested();

        var (start, end) = BodySpan(lines);
        var warnings = new List<string>();

        // Header: everything above the body.
        var (titleIndex, subtitleLines) = HeadlineBlock(lines, start);
        if (titleIndex < 0) titleIndex = NearestLineAbove(lines, start);
        var title = TextCleaner.CleanLine(givenTitle);
        if (title.Length == 0 && titleIndex >= 0) title = lines[titleIndex].Text;
        var subtitle = subtitleLines.Count > 0 ? string.Join("\n", subtitleLines.Select(i => lines[i].Text)) : null;

        // The photo caption: the one nearest above the body, else the first inside it.
        var headerEnd = start < 0 ? lines.Count : start;
        var captionIndex = lines.FindLastIndex(headerEnd - 1 < 0 ? 0 : headerEnd - 1, headerEnd, l => l.Role == LineRole.Caption);
        if (captionIndex < 0 && start >= 0) captionIndex = lines.FindIndex(start, end - start + 1, l => l.Role == LineRole.Caption);
        var caption = captionIndex >= 0 ? lines[captionIndex].Text : null;

        var body = new List<string>();
        if (start >= 0)
        {
            for (var i = start; i <= end; i++)
            {
                var line = lines[i];
                if (line.Blank || line.Repeated || line.Role != LineRole.Other || i == titleIndex) continue;
                // Unpunctuated lines stay only when long and not a labelled link ("Read also: …", "קראו גם: …").
                if (line.Prose || (line.Words >= 8 && !IsMenu(line.Text) && !HasContactDetails(line.Text) && !LabelPrefixPattern().IsMatch(line.Text)))
                {
                    body.Add(line.Text);
                }
            }
        }
        if (body.Count == 0)
        {
            // No prose run at all (a short note, a list): keep every line but the headline rather than lose the content.
            body.AddRange(lines.Where((l, i) => !l.Blank && i != titleIndex).Select(l => l.Text));
        }
        var text = string.Join("\n\n", body);

        if (title.Length == 0)
        {
            title = FallbackTitle(text.Length > 0 ? text : cleaned);
            warnings.Add("No headline found; the first words of the text are used as the title.");
        }

        var published = FindDateline(lines, start, titleIndex, warnings, limits.Now, monthFirst);
        var source = TextCleaner.CleanLine(givenSource) is { Length: > 0 } given ? given : FindSource(lines, start, end);
        var url = FindUrl(lines, start, end);

        return new ParseOutcome
        {
            Kind = InputKind.Text,
            Articles =
            [
                new ParsedArticle
                {
                    Title = title,
                    Subtitle = subtitle,
                    SourceName = source,
                    Caption = caption,
                    Text = text,
                    Language = LanguageDetector.DetectJoined(title, text),
                    Url = url,
                    CanonicalUrl = url,
                    Published = published,
                    PublishedSource = published is null ? PublishedSource.None : PublishedSource.Dateline,
                    Warnings = warnings,
                },
            ],
        };
    }

    /// <summary>A title made of the text's first sentence, at most 120 characters.</summary>
    internal static string FallbackTitle(string text)
    {
        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
        var stop = first.IndexOfAny(['.', '!', '?', '…']);
        if (stop > 20) first = first[..stop];
        if (first.Length > 120)
        {
            var cut = first.LastIndexOf(' ', 120);
            first = first[..(cut > 60 ? cut : 120)] + "…";
        }
        return first.Length == 0 ? "(untitled)" : first;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // The same answer as char.IsLetterOrDigit; ASCII and Hebrew letters, nearly every character, by range.
            var letter = CharCase.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '"' or '׳' or '״' or '-' or '.' or ',');
        }
        return count;
    }

    private static void Classify(List<Line> lines, IngestLimits limits, bool monthFirst)
    {
        var counts = new Dictionary<string, int>();
        var folded = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Blank) continue;
            folded[i] = lines[i].Text.Length > 2000 ? lines[i].Text : TextFolding.Fold(lines[i].Text);
            counts[folded[i]] = counts.GetValueOrDefault(folded[i]) + 1;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Blank) continue;
            line.Repeated = counts[folded[i]] > 1 && folded[i].Length > 0;
            line.Role = RoleOf(line, limits, monthFirst);
            line.Prose = line.Role == LineRole.Other && !line.Repeated && !IsList(line.Text) && !HasContactDetails(line.Text)
                && ((line.Words >= 6 && EndsSentence(line.Text)) || (line.Words >= 25 && !IsMenu(line.Text)));
        }
    }

    private static LineRole RoleOf(Line line, IngestLimits limits, bool monthFirst)
    {
        var text = line.Text;
        if (text.Length > 300) return LineRole.Other;
        if (CaptionPattern().IsMatch(text)) return LineRole.Caption;
        if (text.StartsWith('|') && text.IndexOf('|', 1) > 1) return LineRole.Source;
        if (line.Words <= 14 && BylinePattern().IsMatch(text)) return line.Words <= 14 && DateParsing.FindDate(text, null, limits.Now, monthFirst) is not null ? LineRole.Dateline : LineRole.Byline;
        if (line.Words <= 16 && DateParsing.FindDate(text, null, limits.Now, monthFirst) is not null) return LineRole.Dateline;
        if (line.Words <= 8 && TimeOfDayPattern().IsMatch(text) && DateParsing.FindDate(text, null, limits.Now, monthFirst, twoDigitYear: true) is not null) return LineRole.Dateline;
        if (line.Words <= 8 && DigitCount(text) > 0 && RelativeTimePattern().IsMatch(text)) return LineRole.RelativeTime;
        return LineRole.Other;
    }

    private static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (text[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '״' or ' ' || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.OtherSymbol)) end--;
        return end >= 0 && text[end] is '.' or '!' or '?' or '…' or '׃' or '。' or '؟';
    }

    // A line split by separators into segments of at most three words each is navigation, a tag strip or a share bar.
    private static bool IsMenu(string text)
    {
        var segments = text.Split(['|', '·', '•', '>', '›', '»', '/', '–', '—', '\u2022'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length < 2) return false;
        return segments.All(s => WordCount(s) <= 3);
    }

    private static bool IsList(string text) => text.Length > 0 && (text[0] is '•' or '-' or '*' or '›' or '»' or '–' or '·' or '▪' or '►' || ListNumberPattern().IsMatch(text));

    private static bool HasContactDetails(string text) => text.Length < 150
        && (text.Contains('©') || ((text.Contains('@') || text.Contains("http", StringComparison.OrdinalIgnoreCase)
            || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || DigitCount(text) >= 7) && ContactPattern().IsMatch(text)));

    private static int DigitCount(string text)
    {
        var digits = 0;
        foreach (var c in text) if (char.IsAsciiDigit(c)) digits++;
        return digits;
    }

    private static bool IsBanner(string text) => BannerPattern().IsMatch(text);

    private static bool IsAllCapsLatin(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.All(c => c is >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u00DE');
    }

    private static bool IsHeadlineShaped(Line line) => !line.Blank && !line.Repeated && line.Role == LineRole.Other
        && line.Words >= 3 && line.Text.Length <= 400 && !IsMenu(line.Text) && !IsBanner(line.Text) && !IsAllCapsLatin(line.Text)
        && !IsList(line.Text) && !HasContactDetails(line.Text) && !SeparatorPattern().IsMatch(line.Text);

    /// <summary>The span [start, end] of lines with the greatest prose weight (Kadane over per-line values).</summary>
    private static (int Start, int End) BodySpan(List<Line> lines)
    {
        int bestStart = -1, bestEnd = -1, currentStart = 0;
        double best = 0, current = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            double value = line.Blank ? 0
                : line.Prose ? Math.Max(1, Math.Min(line.Text.Length, 2000) - 20)
                : -(60 + Math.Min(line.Text.Length, 300)) * (line.Repeated ? 2 : 1);
            if (current <= 0 && value > 0) { current = 0; currentStart = i; }
            current += value;
            if (current > best) { best = current; bestStart = currentStart; bestEnd = i; }
            if (current < 0) current = 0;
        }
        if (bestStart < 0) return (-1, -1);

        // A lead paragraph above the caption/source/byline can join the span; the body starts after that meta block.
        var proseAfter = ProseChars(lines, bestStart, bestEnd);
        var proseBefore = 0;
        for (var i = bestStart; i <= bestEnd; i++)
        {
            var line = lines[i];
            if (line.Prose) proseBefore += line.Text.Length;
            if (line.Role != LineRole.Other && proseBefore * 2 < proseAfter - proseBefore) bestStart = i + 1;
        }
        while (bestStart <= bestEnd && !lines[bestStart].Prose) bestStart++;
        while (bestEnd >= bestStart && !lines[bestEnd].Prose) bestEnd--;
        return bestStart > bestEnd ? (-1, -1) : (bestStart, bestEnd);
    }

    private static int ProseChars(List<Line> lines, int from, int to)
    {
        var total = 0;
        for (var i = from; i <= to; i++) if (lines[i].Prose) total += lines[i].Text.Length;
        return total;
    }

    /// <summary>
    /// Text copied from e-mail or a PDF is hard-wrapped: a paragraph arrives as several lines of about the same width.
    /// A run of such lines (every line but the last within 25% of the run's widest, which is 50–120 characters, and
    /// none ending a sentence except possibly the last) is joined back into one line.
    /// </summary>
    private static List<string> Unwrap(string[] raw)
    {
        var result = new List<string>(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var end = i;
            while (end + 1 < raw.Length && raw[end + 1].Length > 0 && raw[end].Length > 0) end++;
            if (end > i && IsWrappedRun(raw, i, end))
            {
                result.Add(string.Join(' ', raw[i..(end + 1)]));
            }
            else
            {
                for (var k = i; k <= end; k++) result.Add(raw[k]);
            }
            i = end + 1;
        }
        return result;
    }

    private static bool IsWrappedRun(string[] raw, int from, int to)
    {
        var widest = 0;
        for (var k = from; k <= to; k++) widest = Math.Max(widest, raw[k].Length);
        if (widest is < 50 or > 120) return false;
        for (var k = from; k <= to; k++)
        {
            var line = raw[k];
            if ((k < to && (line.Length < widest * 4 / 5 || EndsSentence(line))) || IsMenu(line) || IsList(line) || RoleOfText(line)) return false;
        }
        // Two lines of similar width are as often a headline over a sub-headline; a wrap shows when the sentence runs on.
        return to - from >= 2 || char.IsLower(raw[to][0]);
    }

    // Lines that must stay on their own even inside a wrapped-looking run.
    private static bool RoleOfText(string line) => CaptionPattern().IsMatch(line) || line.StartsWith('|') || BylinePattern().IsMatch(line)
        || DateParsing.FindDate(line) is not null;

    /// <summary>When no headline-shaped block exists: the nearest plain line above the body.</summary>
    private static int NearestLineAbove(List<Line> lines, int bodyStart)
    {
        for (var i = (bodyStart < 0 ? 0 : bodyStart) - 1; i >= 0 && i >= bodyStart - 6; i--)
        {
            var line = lines[i];
            if (line.Blank || line.Repeated || line.Role != LineRole.Other || IsMenu(line.Text) || IsList(line.Text) || line.Words < 2) continue;
            return i;
        }
        return -1;
    }

    /// <summary>The headline's line index (or -1) and the sub-headline lines below it.</summary>
    private static (int Title, List<int> Subtitle) HeadlineBlock(List<Line> lines, int bodyStart)
    {
        if (bodyStart < 0)
        {
            // No body: a note or a list. Its first plain line is the headline.
            var first = lines.FindIndex(l => !l.Blank && !l.Repeated && l.Role == LineRole.Other && !IsMenu(l.Text));
            return (first, []);
        }
        var i = bodyStart - 1;
        // Climb over the meta block (caption, source, byline, dateline) and stray labels between headline and body.
        var skipped = 0;
        while (i >= 0 && skipped < 8 && !IsHeadlineShaped(lines[i]))
        {
            if (!lines[i].Blank) skipped++;
            i--;
        }
        var block = new List<int>();
        while (i >= 0 && block.Count < 6)
        {
            if (lines[i].Blank) { i--; continue; }
            if (!IsHeadlineShaped(lines[i])) break;
            block.Add(i);
            i--;
        }
        if (block.Count == 0) return (-1, []);
        block.Reverse();
        return (block[0], block.Skip(1).ToList());
    }

    private static DateTimeOffset? FindDateline(List<Line> lines, int bodyStart, int titleIndex, List<string> warnings, DateTimeOffset? now, bool monthFirst)
    {
        var headerEnd = bodyStart < 0 ? Math.Min(lines.Count, 30) : bodyStart;
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            if (line.Blank || i == titleIndex || line.Words > 16 || line.Repeated) continue;
            if (DateParsing.FindDate(line.Text, warnings, now, monthFirst, twoDigitYear: line.Words <= 8 && line.Role != LineRole.Other) is { } date) return date;
        }
        // "JERUSALEM, Nov. 24, 2025 — …": a dateline opening the first paragraph.
        if (bodyStart >= 0)
        {
            var opening = lines[bodyStart].Text;
            return DateParsing.FindDate(opening[..Math.Min(opening.Length, 60)], warnings, now, monthFirst);
        }
        return null;
    }

    private static string? FindSource(List<Line> lines, int start, int end)
    {
        foreach (var line in lines.Where(l => l.Role == LineRole.Source))
        {
            var name = line.Text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (!string.IsNullOrEmpty(name) && WordCount(name) <= 6) return name;
        }
        for (var i = lines.Count - 1; i > end; i--)
        {
            if (!lines[i].Text.Contains('©') && !lines[i].Text.Contains("כל הזכויות שמורות", StringComparison.Ordinal)) continue;
            var match = CopyrightPattern().Match(lines[i].Text);
            if (!match.Success) continue;
            var name = match.Groups["name"].Value.Trim(' ', '.', ',', '·', '|', '-', '–', '—');
            name = YearPattern().Replace(name, "").Trim(' ', '.', ',');
            if (name.Length >= 2 && WordCount(name) <= 6) return name;
        }
        return null;
    }

    private static string? FindUrl(List<Line> lines, int start, int end)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= start && i <= end) continue;
            var match = UrlPattern().Match(lines[i].Text);
            if (!match.Success) continue;
            var rest = lines[i].Text.Remove(match.Index, match.Length);
            if (WordCount(rest) <= 3 && UrlCanonicalizer.TryCanonicalize(match.Value) is { } url) return url;
        }
        return null;
    }

    [GeneratedRegex(@"\((?:צילום|צלם|צילומים|קרדיט|באדיבות|תמונה|photo|photograph|image|credit|courtesy|picture)\b[^()]{0,120}\)\s*$|^(?:צילום|צלם|קרדיט|photo|photograph|image|credit|picture)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^(?:by|written by|reporting by|מאת|מאת:|כתב:|כתבה:|מערכת)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"(?:\d+\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|לפני\s+\d+\s*(?:דקות|שעות|ימים|שעה|דקה)|^(?:updated|עודכן|פורסם)\b.*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex RelativeTimePattern();

    [GeneratedRegex(@"^\S+(?:\s\S+){0,2}\s?:\s", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex LabelPrefixPattern();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"^\d{1,2}[.)]\s", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ListNumberPattern();

    [GeneratedRegex(@"https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{3,}|\+?\d{1,3}?[\s-]?\(?\d{2,4}\)?[\s-]\d{3}[\s-]\d{3,4}\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ContactPattern();

    [GeneratedRegex(@"^[A-Z][A-Z ]{2,20}:\s", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BannerPattern();

    [GeneratedRegex(@"^[\s\-=_*~.·•]{3,}$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^(?:©\s*(?<name>[^|·.]+)|(?<name>[^|·©]+?)\s*©|.*?כל הזכויות שמורות\s+ל(?<name>[^|·.]+)|(?<name>[^|·]+?)\s*·\s*כל הזכויות שמורות)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex CopyrightPattern();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|all rights reserved\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex UrlPattern();
}
