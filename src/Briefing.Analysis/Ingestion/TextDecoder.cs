using System.Buffers;
using System.Text;
using UtfUnknown;

namespace Briefing.Analysis.Ingestion;

/// <summary>Turns uploaded bytes into text: BOMs, BOM-less UTF-16, strict UTF-8, declared charsets, then detection.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text and the encoding's name, or an error for binary or undecodable bytes.</summary>
    public static (string? Text, string? EncodingName, IngestError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return ("", "utf-8", null);

        var (encoding, skip) = FromByteOrderMark(bytes) ?? FromNulPattern(bytes) ?? ((Encoding?)null, 0);
        if (encoding is null && bytes.IndexOf((byte)0) >= 0)
        {
            return (null, null, new IngestError(IngestErrorKind.Binary,
                "The file contains NUL bytes and is not UTF-16 text; it looks like a binary file. Upload .txt, .html or an RSS/Atom .xml file."));
        }

        string text;
        if (encoding is not null)
        {
            try { text = encoding.GetString(bytes[skip..]); }
            catch (DecoderFallbackException) { return (null, null, Undecodable($"The file starts like {encoding.WebName} but is not valid {encoding.WebName}.")); }
        }
        else if (TryStrictUtf8(bytes, out var utf8)) { text = utf8; encoding = Encoding.UTF8; }
        else
        {
            encoding = DeclaredCharset(bytes) ?? Detect(bytes);
            text = encoding.GetString(bytes);
        }

        if (LooksBinary(text))
        {
            return (null, null, new IngestError(IngestErrorKind.Binary,
                $"The file reads as {encoding.WebName} but is mostly control characters; it looks like a binary file, not text."));
        }
        return (text, encoding.WebName, null);
    }

    private static IngestError Undecodable(string message) => new(IngestErrorKind.Undecodable,
        message + " Save it as UTF-8 and upload again.");

    private static (Encoding?, int)? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, true), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2);
        return null;
    }

    // BOM-less UTF-16: ASCII spaces and punctuation leave a NUL in every other byte; Hebrew text leaves 0x05 there.
    private static (Encoding?, int)? FromNulPattern(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (sample.Length < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        var pairs = sample.Length / 2;
        if (oddNul >= pairs / 8 && evenNul <= pairs / 100 && oddNul > 0) return (new UnicodeEncoding(false, false, true), 0);
        if (evenNul >= pairs / 8 && oddNul <= pairs / 100 && evenNul > 0) return (new UnicodeEncoding(true, false, true), 0);
        return null;
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    // <meta charset=...> or <?xml encoding=...?> in the first 2 KB; only trusted when the bytes are not UTF-8 anyway.
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        foreach (var marker in new[] { "charset=", "encoding=" })
        {
            var at = head.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var start = at + marker.Length;
            while (start < head.Length && head[start] is '"' or '\'' or ' ') start++;
            var end = start;
            while (end < head.Length && (char.IsLetterOrDigit(head[end]) || head[end] is '-' or '_')) end++;
            if (end == start) continue;
            try
            {
                var declared = Encoding.GetEncoding(head[start..end]);
                if (declared.CodePage != Encoding.UTF8.CodePage) return declared;
            }
            catch (ArgumentException) { }
        }
        return null;
    }

    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 256 * 1024)].ToArray();
        var result = CharsetDetector.DetectFromBytes(sample);
        var detected = result.Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence >= 0.5f && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            // ISO-8859-8 "visual" and windows-1255 share the letter range; 1255 is a superset for logical-order text.
            return encoding.CodePage is 28598 or 38598 ? Encoding.GetEncoding(1255) : encoding;
        }
        return LooksHebrewSingleByte(sample) ? Encoding.GetEncoding(1255) : Encoding.GetEncoding(1252);
    }

    // Hebrew letters sit at 0xE0–0xFA in both windows-1255 and ISO-8859-8.
    private static bool LooksHebrewSingleByte(ReadOnlySpan<byte> bytes)
    {
        int high = 0, hebrew = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if (b is >= 0xE0 and <= 0xFA) hebrew++;
        }
        return high > 0 && hebrew * 10 >= high * 7;
    }

    // What LooksBinary counts, as searches: the control characters but \n \r \t \f, U+FFFD, and the private use area (the
    // only characters of UnicodeCategory.PrivateUse that a single UTF-16 unit can be).
    private static readonly SearchValues<char> ControlsAndReplacement = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')), '\uFFFD']);
    private const char PrivateUseFirst = '\uE000';
    private const char PrivateUseLast = '\uF8FF';

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        if (sample.Length == 0) return false;
        // Text nearly always has none of them: two vectorised searches answer without looking at each character.
        if (sample.IndexOfAny(ControlsAndReplacement) < 0 && sample.IndexOfAnyInRange(PrivateUseFirst, PrivateUseLast) < 0) return false;
        var bad = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse) bad++;
        }
        return bad * 100 > sample.Length * 2;
    }
}
