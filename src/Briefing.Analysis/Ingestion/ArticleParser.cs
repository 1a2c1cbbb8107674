namespace Briefing.Analysis.Ingestion;

/// <summary>
/// The one entry point of ingestion analysis: bytes of an uploaded file (or pasted text) → articles, or a refusal.
/// Pure: no I/O, no clock (pass <see cref="IngestLimits.Now"/> to reject future dates). Thread-safe.
/// </summary>
public static class ArticleParser
{
    /// <summary>
    /// Parses one uploaded file. Type comes from the file name's extension, the declared content type and the bytes
    /// themselves (images, archives, PDFs and executables are refused whatever their name). A feed yields one article
    /// per item, labelled "#1", "#2", …; a text or HTML file yields one article.
    /// </summary>
    /// <param name="content">The raw bytes, as uploaded.</param>
    /// <param name="fileName">The uploaded name (only its extension is used); null when unknown.</param>
    /// <param name="contentType">The declared media type, e.g. from multipart; null when unknown.</param>
    /// <param name="limits">Size, depth and time bounds; <see cref="IngestLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels parsing (the limits' <see cref="IngestLimits.ParseTimeout"/> applies as well).</param>
    public static ParseOutcome Parse(ReadOnlyMemory<byte> content, string? fileName, string? contentType,
        IngestLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= IngestLimits.Default;
        if (content.Length > limits.MaxFileBytes)
        {
            return ParseOutcome.Fail(IngestErrorKind.TooLarge,
                $"The file is {IngestLimits.Bytes(content.Length)}, over the limit of {IngestLimits.Bytes(limits.MaxFileBytes)} per file. Split it or upload the article alone.");
        }

        var (declared, typeError) = InputTypeDetector.FromNameAndType(fileName, contentType);
        if (typeError is not null) return new ParseOutcome { Error = typeError };
        if (InputTypeDetector.FromMagic(content.Span) is { } magicError) return new ParseOutcome { Error = magicError };

        var (text, encoding, decodeError) = TextDecoder.Decode(content.Span);
        if (decodeError is not null) return new ParseOutcome { Error = decodeError, Kind = declared };

        var kind = declared ?? InputTypeDetector.FromText(text!);
        // A ".xml" that is really an HTML page, or a ".txt" holding a feed, is read as what it is.
        var sniffed = InputTypeDetector.FromText(text!);
        if ((kind == InputKind.Feed && sniffed == InputKind.Html) || (kind == InputKind.Text && sniffed != InputKind.Text && LooksLikeMarkupDocument(text!)))
        {
            kind = sniffed;
        }
        return Run(kind, encoding, limits, cancellationToken, token => kind switch
        {
            InputKind.Html => HtmlArticleParser.Parse(text!, limits, token),
            InputKind.Feed => FeedParser.Parse(text!, limits, token),
            _ => PlainTextArticleParser.Parse(text!, null, null, limits, token),
        });
    }

    /// <summary>
    /// Parses text from the Import page's paste box. A title or source typed by the person wins over what is found
    /// in the text. Pasted HTML (starting with a tag) is read as HTML.
    /// </summary>
    public static ParseOutcome ParsePasted(string text, string? title = null, string? source = null,
        IngestLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= IngestLimits.Default;
        // UTF-8 takes at most three bytes per UTF-16 unit, so short texts skip the count.
        if ((long)text.Length * 3 > limits.MaxFileBytes && System.Text.Encoding.UTF8.GetByteCount(text) > limits.MaxFileBytes)
        {
            return ParseOutcome.Fail(IngestErrorKind.TooLarge,
                $"The pasted text is over the limit of {IngestLimits.Bytes(limits.MaxFileBytes)}. Paste the article alone.");
        }
        var kind = InputTypeDetector.FromText(text);
        var outcome = Run(kind, "utf-16", limits, cancellationToken, token => kind switch
        {
            InputKind.Html => HtmlArticleParser.Parse(text, limits, token),
            InputKind.Feed => FeedParser.Parse(text, limits, token),
            _ => PlainTextArticleParser.Parse(text, title, source, limits, token),
        });
        if (kind == InputKind.Text || !outcome.Succeeded) return outcome;
        var given = TextCleaner.CleanLine(title);
        var givenSource = TextCleaner.CleanLine(source);
        return outcome with
        {
            Articles = outcome.Articles.Select(a => a with
            {
                Title = given.Length > 0 ? given : a.Title,
                SourceName = givenSource.Length > 0 ? givenSource : a.SourceName,
            }).ToList(),
        };
    }

    // Page source saved as .txt starts with a doctype, <html> or <?xml; a text article that merely mentions a tag does not.
    private static bool LooksLikeMarkupDocument(string text)
    {
        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<rss", StringComparison.Ordinal) || head.StartsWith("<feed", StringComparison.Ordinal);
    }

    private static ParseOutcome Run(InputKind kind, string? encoding, IngestLimits limits, CancellationToken outer, Func<CancellationToken, ParseOutcome> parse)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(outer);
        timeout.CancelAfter(limits.ParseTimeout);
        try
        {
            var outcome = parse(timeout.Token);
            return outcome with { Kind = outcome.Kind ?? kind, Encoding = encoding };
        }
        catch (OperationCanceledException) when (!outer.IsCancellationRequested)
        {
            return new ParseOutcome
            {
                Kind = kind, Encoding = encoding,
                Error = new IngestError(IngestErrorKind.Malformed,
                    $"Processing took longer than the limit of {limits.ParseTimeout.TotalSeconds:0} s; the file is too complex to read as one article."),
            };
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or System.Xml.XmlException or FormatException or ArgumentException
            or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return new ParseOutcome
            {
                Kind = kind, Encoding = encoding,
                Error = new IngestError(IngestErrorKind.Malformed, $"The {kind.ToString().ToLowerInvariant()} could not be read: {e.Message}"),
            };
        }
    }
}
