using System.Text.Json;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>The JSON form a snapshot stores; round-tripping it gives the same workbook bytes.</summary>
public static class BriefDocumentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
    };

    public static string Serialize(BriefDocument document) => JsonSerializer.Serialize(document, Options);

    public static BriefDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<BriefDocument>(json, Options)
        ?? throw new JsonException("A brief document JSON was null.");
}
