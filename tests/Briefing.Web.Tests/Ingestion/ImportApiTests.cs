using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Web.Features.Auth;
using Briefing.Web.Tests.Infrastructure;

namespace Briefing.Web.Tests.Ingestion;

/// <summary><c>POST /api/articles</c> through the real app (multipart and JSON), with small limits to reach them cheaply.</summary>
public class ImportApiTests : IAsyncLifetime
{
    private const int MaxFileBytes = 64 * 1024, MaxRequestBytes = 256 * 1024;
    private readonly BriefingAppFactory app = new();
    private HttpClient staff = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        app.Settings["Briefing:Import:MaxFileBytes"] = MaxFileBytes.ToString();
        app.Settings["Briefing:Import:MaxRequestBytes"] = MaxRequestBytes.ToString();
        app.Settings["Briefing:Feeds:Enabled"] = "false";
        await app.CreateUserAsync("staff@briefing.test", Roles.Staff, "staff-password-123");
        staff = await app.ClientWithTokenAsync("staff@briefing.test", "staff-password-123");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes, string ContentType)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes, type) in files)
            form.Add(File(bytes, type), "files", name);
        return form;
    }

    private static byte[] Corpus(string name) => System.IO.File.ReadAllBytes(RepoPaths.Fixture("corpus", name));
    private static byte[] Hostile(string name) => System.IO.File.ReadAllBytes(RepoPaths.Fixture("hostile", name));

    private static async Task<JsonElement[]> ResultsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. body.GetProperty("results").EnumerateArray()];
    }

    [Fact]
    public async Task A_multipart_batch_answers_one_result_per_file_imported_unsupported_and_oversize()
    {
        var oversize = new byte[MaxFileBytes + 1];
        Array.Fill(oversize, (byte)'a');
        var response = await staff.PostAsync("/api/articles", Form(
            ("en03.txt", Corpus("en03.txt"), "text/plain"),
            ("image.png", Hostile("image.png"), "image/png"),
            ("huge.txt", oversize, "text/plain")), Ct);

        var results = await ResultsAsync(response);
        Assert.Equal(["en03.txt", "image.png", "huge.txt"], results.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal(["imported", "failed", "failed"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.True(results[0].GetProperty("articleId").GetInt32() > 0);
        Assert.Equal(415, results[1].GetProperty("errorStatus").GetInt32());
        Assert.Equal(413, results[2].GetProperty("errorStatus").GetInt32());
        Assert.Contains("limit", results[2].GetProperty("error").GetString());

        var article = await staff.GetFromJsonAsync<JsonElement>($"/api/articles/{results[0].GetProperty("articleId").GetInt32()}", Ct);
        Assert.Equal("2025-08-09", article.GetProperty("published").GetString()![..10]);
    }

    [Fact]
    public async Task A_single_unsupported_file_is_415_problem_json()
    {
        var response = await staff.PostAsync("/api/articles", Form(("image.png", Hostile("image.png"), "image/png")), Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_request_over_the_batch_limit_is_413_problem_json_and_stores_nothing()
    {
        // Five files each under the per-file limit, together over the per-request limit.
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ministers met in Baku to discuss freight. ", 1400)));
        Assert.InRange(text.Length, MaxRequestBytes / 5 + 1, MaxFileBytes);
        var response = await staff.PostAsync("/api/articles",
            Form([.. Enumerable.Range(0, 5).Select(i => ($"part{i}.txt", text, "text/plain"))]), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/articles", Ct);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_json_article_without_a_date_is_imported_flagged_and_posting_it_again_is_a_duplicate()
    {
        var body = new
        {
            title = "Ministers meet on Caspian freight rates",
            text = string.Join("\n\n", Enumerable.Repeat("Transport ministers from Azerbaijan and Kazakhstan met in Baku to discuss freight rates on the Middle Corridor. They agreed to publish a joint tariff table.", 3)),
            source = "Caspian Ledger",
        };
        var first = (await ResultsAsync(await staff.PostAsJsonAsync("/api/articles", body, Ct))).Single();
        Assert.Equal("imported", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("publishedIsEstimated").GetBoolean());
        var id = first.GetProperty("articleId").GetInt32();
        var stored = await staff.GetFromJsonAsync<JsonElement>($"/api/articles/{id}", Ct);
        Assert.True(stored.GetProperty("publishedIsEstimated").GetBoolean());
        Assert.Equal("Caspian Ledger", stored.GetProperty("source").GetString());

        var again = (await ResultsAsync(await staff.PostAsJsonAsync("/api/articles", body, Ct))).Single();
        Assert.Equal("duplicate", again.GetProperty("status").GetString());
        Assert.Equal(id, again.GetProperty("duplicateOf").GetInt32());

        // A date given with the article is used, not estimated.
        var dated = (await ResultsAsync(await staff.PostAsJsonAsync("/api/articles",
            new { title = "Another meeting", text = body.text.Replace("Kazakhstan", "Georgia"), published = "2025-06-01" }, Ct))).Single();
        var datedArticle = await staff.GetFromJsonAsync<JsonElement>($"/api/articles/{dated.GetProperty("articleId").GetInt32()}", Ct);
        Assert.False(datedArticle.GetProperty("publishedIsEstimated").GetBoolean());
        Assert.StartsWith("2025-06-01", datedArticle.GetProperty("published").GetString());
    }

    [Fact]
    public async Task A_re_posted_file_is_a_duplicate_of_the_first_and_a_windows_1255_file_is_read_as_hebrew()
    {
        var first = (await ResultsAsync(await staff.PostAsync("/api/articles",
            Form(("hebrew-windows-1255.txt", Hostile("hebrew-windows-1255.txt"), "text/plain")), Ct))).Single();
        Assert.Equal("imported", first.GetProperty("status").GetString());
        var article = await staff.GetFromJsonAsync<JsonElement>($"/api/articles/{first.GetProperty("articleId").GetInt32()}", Ct);
        Assert.Equal("he", article.GetProperty("language").GetString());
        Assert.Equal("שר החוץ נפגש עם עמיתו בבירה לשיחה על שיתוף פעולה", article.GetProperty("title").GetString());

        var again = (await ResultsAsync(await staff.PostAsync("/api/articles",
            Form(("copy.txt", Hostile("hebrew-windows-1255.txt"), "text/plain")), Ct))).Single();
        Assert.Equal("duplicate", again.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("articleId").GetInt32(), again.GetProperty("duplicateOf").GetInt32());
    }

    [Fact]
    public async Task Anonymous_import_is_refused()
    {
        var anonymous = app.CreateClient();
        var response = await anonymous.PostAsync("/api/articles", Form(("en03.txt", Corpus("en03.txt"), "text/plain")), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
