using System.Text.Json.Serialization;
using Briefing.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Features.Ingestion;

public static class IngestionEndpoints
{
    public sealed record ArticleJson(string? Title, string? Text, string? Html, string? Url, string? Source, string? Published, string? Language);

    public sealed record ResultJson(
        [property: JsonPropertyName("file")] string? File,
        [property: JsonPropertyName("item")] string? Item,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("articleId")] int? ArticleId,
        [property: JsonPropertyName("duplicateOf")] int? DuplicateOf,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("errorStatus")] int? ErrorStatus,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("publishedIsEstimated")] bool PublishedIsEstimated);

    public static void MapIngestionEndpoints(this IEndpointRouteBuilder app)
    {
        var maxRequest = app.ServiceProvider.GetRequiredService<IOptions<BriefingOptions>>().Value.Import.MaxRequestBytes;
        app.MapPost("/api/articles", ImportAsync)
            .WithTags("Articles")
            .WithSummary("Import articles: multipart files (one result per file and per feed item) or one JSON article.")
            .WithMetadata(new RequestSizeLimitAttribute(maxRequest))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxRequest })
            .DisableAntiforgery();
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, IngestionService ingestion, IOptions<BriefingOptions> options, CancellationToken ct)
    {
        var limits = options.Value.Import;
        // Refused before a byte is read when the length is declared; a chunked body is cut off by the server's
        // request-size limit (RequestSizeLimit metadata above), which surfaces as the 413 caught below.
        if (request.ContentLength > limits.MaxRequestBytes)
            return TooLarge(limits.MaxRequestBytes);
        try
        {
            if (request.HasFormContentType)
                return await ImportFormAsync(request, ingestion, limits, ct);
            if (request.HasJsonContentType())
                return await ImportJsonAsync(request, ingestion, ct);
            return Results.Problem(statusCode: 415, title: "Unsupported content type",
                detail: "Send multipart/form-data with one or more 'files', or application/json with title/text/html.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits.MaxRequestBytes);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(limits.MaxRequestBytes);
        }
    }

    private static IResult TooLarge(long limit) => Results.Problem(statusCode: 413, title: "Request too large",
        detail: $"The request is over the limit of {limit / 1048576.0:F0} MB; send fewer or smaller files per request.");

    private static async Task<IResult> ImportFormAsync(HttpRequest request, IngestionService ingestion, ImportSettings limits, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles("files");
        if (files.Count == 0)
            return Results.Problem(statusCode: 400, title: "No files", detail: "Add one or more files in the 'files' field.");
        if (!TryDate(form["published"], out var published))
            return Results.Problem(statusCode: 400, title: "Invalid date", detail: "'published' must be YYYY-MM-DD.");
        var importOptions = new ImportOptions(NullIfEmpty(form["source"]), published, NullIfEmpty(form["url"]));

        var results = new List<ImportResult>();
        foreach (var file in files)
        {
            if (file.Length > limits.MaxFileBytes)
            {
                results.Add(ImportResult.Failed(file.FileName, null,
                    $"The file is {file.Length / 1048576.0:F1} MB, over the limit of {limits.MaxFileBytes / 1048576.0:F0} MB.", 413));
                continue;
            }
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            // One bad file does not stop the others.
            results.AddRange(await ingestion.ImportFileAsync(buffer.ToArray(), file.FileName, file.ContentType, importOptions, ct));
        }
        return Answer(results);
    }

    private static async Task<IResult> ImportJsonAsync(HttpRequest request, IngestionService ingestion, CancellationToken ct)
    {
        ArticleJson? body;
        try
        {
            body = await request.ReadFromJsonAsync<ArticleJson>(ct);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Results.Problem(statusCode: 400, title: "Invalid JSON", detail: e.Message);
        }
        if (body is null || (string.IsNullOrWhiteSpace(body.Text) && string.IsNullOrWhiteSpace(body.Html)))
            return Results.Problem(statusCode: 422, title: "No article text", detail: "Give 'text' or 'html'.");
        if (!TryDate(body.Published, out var published))
            return Results.Problem(statusCode: 400, title: "Invalid date", detail: "'published' must be YYYY-MM-DD.");
        var importOptions = new ImportOptions(body.Source, published, body.Url, body.Language);
        var results = string.IsNullOrWhiteSpace(body.Html)
            ? await ingestion.ImportPastedAsync(body.Text!, body.Title, importOptions, ct)
            : await ingestion.ImportFileAsync(System.Text.Encoding.UTF8.GetBytes(body.Html), "article.html", "text/html", importOptions, ct);
        return Answer(results);
    }

    /// <summary>A single input that failed answers with its status as problem+json; a batch answers 200 with a result per item.</summary>
    private static IResult Answer(IReadOnlyList<ImportResult> results)
    {
        var json = results.Select(r => new ResultJson(r.File, r.Item, r.Status.ToString().ToLowerInvariant(), r.ArticleId, r.DuplicateOf, r.Error, r.ErrorStatus, r.Title, r.PublishedIsEstimated)).ToList();
        if (results.Count == 1 && results[0] is { Status: ImportStatus.Failed } failed)
            return Results.Problem(statusCode: failed.ErrorStatus ?? 422, title: "The input was not imported", detail: failed.Error,
                extensions: new Dictionary<string, object?> { ["results"] = json });
        return Results.Ok(new { results = json });
    }

    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var parsed) || parsed.Year < 1900 || parsed.Year > 2100)
            return false;
        date = parsed;
        return true;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
