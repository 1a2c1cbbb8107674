namespace Briefing.Analysis.Ingestion;

/// <summary>Decides from name, declared type and magic bytes whether an input is text, HTML, a feed, or refused.</summary>
internal static class InputTypeDetector
{
    private static readonly Dictionary<string, InputKind?> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputKind.Text, [".text"] = InputKind.Text, [".md"] = InputKind.Text,
        [".html"] = InputKind.Html, [".htm"] = InputKind.Html, [".xhtml"] = InputKind.Html, [".shtml"] = InputKind.Html,
        [".xml"] = InputKind.Feed, [".rss"] = InputKind.Feed, [".atom"] = InputKind.Feed,
    };

    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([(byte)'P', (byte)'K', 0x05, 0x06], "an empty ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ([0x00, 0x00, 0x01, 0x00], "an icon image"),
        ("OggS"u8.ToArray(), "an audio file"),
    ];

    private static readonly string[] RefusedMediaPrefixes = ["image/", "audio/", "video/", "font/"];
    private static readonly string[] RefusedMediaTypes =
        ["application/pdf", "application/zip", "application/gzip", "application/x-msdownload", "application/x-executable",
         "application/vnd.openxmlformats-officedocument", "application/msword", "application/x-7z-compressed", "application/x-rar"];

    /// <summary>The kind the name or declared type asks for (null: decide from content), or a 415 for types we never read.</summary>
    public static (InputKind? Declared, IngestError? Error) FromNameAndType(string? fileName, string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (media is not null && (RefusedMediaPrefixes.Any(media.StartsWith) || RefusedMediaTypes.Any(media.StartsWith)))
        {
            return (null, Unsupported($"the declared type is {media}"));
        }

        var extension = string.IsNullOrWhiteSpace(fileName) ? "" : Path.GetExtension(fileName.Trim());
        if (extension.Length > 0)
        {
            if (ByExtension.TryGetValue(extension, out var kind)) return (kind, null);
            return (null, Unsupported($"files ending in {extension} are not read"));
        }

        return media switch
        {
            "text/html" or "application/xhtml+xml" => (InputKind.Html, null),
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => (InputKind.Feed, null),
            "text/plain" => (InputKind.Text, null),
            _ => (null, null),
        };
    }

    /// <summary>A 415 when the bytes are a known binary format, whatever the name says.</summary>
    public static IngestError? FromMagic(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, what) in Signatures)
        {
            if (bytes.StartsWith(magic)) return Unsupported($"the content is {what}");
        }
        // Two- and three-letter signatures also start ordinary words, so they need their binary follow-up byte.
        if (bytes.Length >= 3 && bytes[0] == 'M' && bytes[1] == 'Z' && bytes[2] is < 0x20 or > 0x7E) return Unsupported("the content is a Windows executable");
        if (bytes.Length >= 4 && bytes[..3].SequenceEqual("ID3"u8) && bytes[3] < 0x10) return Unsupported("the content is an MP3 file");
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return Unsupported("the content is a WebP image");
        return null;
    }

    /// <summary>Content sniffing for inputs whose name and type said nothing.</summary>
    public static InputKind FromText(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return head.Contains("<html", StringComparison.OrdinalIgnoreCase) ? InputKind.Html : InputKind.Feed;
        }
        if (head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase)) return InputKind.Feed;
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<") && (head.Contains("</p>", StringComparison.OrdinalIgnoreCase) || head.Contains("</div>", StringComparison.OrdinalIgnoreCase))))
        {
            return InputKind.Html;
        }
        return InputKind.Text;
    }

    private static IngestError Unsupported(string why) => new(IngestErrorKind.UnsupportedType,
        $"Unsupported file type: {why}. Upload plain text (.txt), a saved web page (.html/.htm) or an RSS/Atom feed (.xml/.rss/.atom).");
}
